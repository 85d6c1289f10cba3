#!/usr/bin/env python3
"""Generator for the `chat` guard corpus (../chat.jsonl).

Style: support e-mails, chat transcripts (Slack/Teams/WhatsApp-like), mail
threads with quoted history, forwarded messages and ticket replies written by
integrators of a payment / open-banking API ("Pagaflow", "Bancalink"; both
invented).  Every value is invented: cards are Luhn-valid numbers of test
ranges, IBANs carry correct mod-97 check digits (and correct national check
digits: Italian CIN, French RIB key, Spanish CCC), tokens are random.

Standard library only, deterministic (fixed seed).  Run:

    python3 chat.py            # writes ../chat.jsonl and prints a summary
"""
import base64
import collections
import datetime
import json
import os
import random
import re
import string
import sys
import uuid as _uuid

SEED = 20240917
R = random.Random(SEED)

HEX = '0123456789abcdef'
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + '+/'
B64U = ALNUM + '-_'
FW = str.maketrans('0123456789', '\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19')
NBSP, NNBSP, ZWSP, ZWJ = '\u00a0', '\u202f', '\u200b', '\u2060'


def rs(n, a=ALNUM):
    return ''.join(R.choice(a) for _ in range(n))


def rd(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


# --------------------------------------------------------------------------
# cards
# --------------------------------------------------------------------------

def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    return len(num) > 1 and luhn_digit(num[:-1]) == num[-1]


ISSUERS = [  # (weight, prefixes, lengths)
    (30, ['4'], [16, 16, 16, 16, 13, 19]),                      # Visa
    (22, ['51', '52', '53', '54', '55', '2221', '2320', '2720'], [16]),  # Mastercard
    (12, ['34', '37'], [15]),                                   # Amex
    (6, ['6011', '65', '644', '649'], [16]),                    # Discover
    (5, ['36', '38', '300', '305'], [14]),                      # Diners
    (6, ['3528', '3530', '3566', '3589'], [16]),                # JCB
    (8, ['6759', '5018', '5020', '6304', '6761'], [16, 18, 19]),  # Maestro
    (5, ['62', '6210', '6250'], [16, 17, 19]),                  # UnionPay
]
KNOWN_TEST = ['4242424242424242', '4111111111111111', '5555555555554444',
              '5105105105105100', '378282246310005', '371449635398431',
              '6011111111111117', '3056930009020004', '4000056655665556',
              '5200828282828210', '4000000000003220', '4000002760003184',
              '3566002020360505', '6200000000000005', '4012888888881881',
              '4917610000000000003', '2223003122003222']
KNOWN_TEST = [c for c in KNOWN_TEST if luhn_valid(c)]


def card_number():
    if chance(0.12):
        return pick(KNOWN_TEST)
    w = [x[0] for x in ISSUERS]
    _, prefixes, lengths = R.choices(ISSUERS, weights=w)[0]
    p = pick(prefixes)
    n = pick(lengths)
    body = p + rd(n - len(p) - 1)
    return body + luhn_digit(body)


GROUPS = {12: [4, 4, 4], 13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4],
          17: [4, 4, 4, 5], 18: [4, 4, 4, 4, 2], 19: [4, 4, 4, 4, 3]}


def split_groups(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return out


def fmt_card(num):
    g = split_groups(num, GROUPS[len(num)])
    x = R.random()
    if x < 0.24:
        return num
    if x < 0.52:
        return ' '.join(g)
    if x < 0.61:
        return '-'.join(g)
    if x < 0.66:
        return '.'.join(g)
    if x < 0.72:
        return NBSP.join(g)
    if x < 0.75:
        return NNBSP.join(g)
    if x < 0.80:
        return ''.join(p + (pick([' ', '-', '  ', ' - ', '.']) if i < len(g) - 1 else '')
                       for i, p in enumerate(g))
    if x < 0.85:
        a, b = sorted(R.sample(range(2, len(num) - 1), 2))
        return num[:a] + ' ' + num[a:b] + ' ' + num[b:]
    if x < 0.90:
        return (' '.join(g)).translate(FW) if chance(0.5) else num.translate(FW)
    if x < 0.95:
        return '  '.join(g)
    i = R.randint(4, len(num) - 4)
    return num[:i] + pick([ZWSP, ZWJ]) + num[i:]


def bad_luhn_number():
    num = card_number()
    last = int(num[-1])
    return num[:-1] + str((last + R.randint(1, 9)) % 10)


# --------------------------------------------------------------------------
# IBAN and national account numbers
# --------------------------------------------------------------------------

def _num36(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_check(cc, bban):
    return '%02d' % (98 - _num36(bban + cc + '00') % 97)


def iban_valid(iban):
    iban = re.sub(r'\s', '', iban).upper()
    return _num36(iban[4:] + iban[:4]) % 97 == 1


CIN_ODD = dict(zip('0123456789', [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CIN_ODD.update(dict(zip(string.ascii_uppercase,
                        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                         12, 14, 16, 10, 22, 25, 24, 23])))


def cin_char(s):
    """Italian CIN / codice fiscale control character."""
    tot = 0
    for i, c in enumerate(s.upper()):
        if i % 2 == 0:
            tot += CIN_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26)


ABI = ['03069', '02008', '05034', '01030', '03104', '05696', '03015', '06230', '08327',
       '03062', '05584', '03032', '01005', '05387', '03268', '36772', '03440', '07601']


def it_parts():
    abi = pick(ABI)
    cab = rd(5)
    x = R.random()
    if x < 0.7:
        conto = '0' * R.randint(0, 6)
        conto += rd(12 - len(conto))
    elif x < 0.85:
        conto = 'CC' + rd(10)
    else:
        conto = rd(4) + '0' * 3 + rd(5)
    return cin_char(abi + cab + conto), abi, cab, conto


def es_dc(d10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * k for d, k in zip(d10, w)) % 11
    return 0 if r == 11 else 1 if r == 10 else r


def es_parts():
    ent = pick(['2100', '0049', '0182', '0081', '2038', '0128', '1465', '0075'])
    ofi = rd(4)
    cta = rd(10)
    dc = '%d%d' % (es_dc('00' + ent + ofi), es_dc(cta))
    return ent, ofi, dc, cta


def fr_parts():
    banque = pick(['30004', '30003', '20041', '10278', '30066', '11315', '14505', '18206'])
    guichet = rd(5)
    compte = rd(11)
    cle = 97 - ((89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97)
    return banque, guichet, compte, '%02d' % cle


def de_parts():
    return pick('1234567') + rd(7), rd(10)


def gb_parts():
    return pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ', 'REVO', 'SRLG']), rd(6), rd(8)


def bban_for(cc):
    if cc in ('IT', 'SM'):
        cin, abi, cab, conto = it_parts()
        return cin + abi + cab + conto
    if cc == 'DE':
        return ''.join(de_parts())
    if cc == 'FR':
        return ''.join(fr_parts())
    if cc == 'ES':
        return ''.join(es_parts())
    if cc == 'GB':
        return ''.join(gb_parts())
    if cc == 'NL':
        return pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'BUNQ']) + rd(10)
    if cc == 'BE':
        d = rd(10)
        c = int(d) % 97 or 97
        return d + '%02d' % c
    if cc == 'AT':
        return rd(16)
    if cc == 'CH':
        return rd(17)
    if cc == 'PT':
        return rd(21)
    if cc == 'IE':
        return pick(['AIBK', 'BOFI', 'IPBS']) + rd(14)
    if cc == 'LU':
        return rd(3) + rs(13, UPNUM)
    raise ValueError(cc)


def iban_compact(cc=None):
    cc = cc or R.choices(['IT', 'DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'AT', 'CH', 'PT', 'IE', 'LU', 'SM'],
                         weights=[30, 14, 10, 9, 6, 6, 4, 4, 3, 3, 3, 2, 2])[0]
    bban = bban_for(cc)
    return cc + iban_check(cc, bban) + bban


def group4(s, sep=' '):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_iban(c):
    x = R.random()
    if x < 0.40:
        return c
    if x < 0.76:
        return group4(c)
    if x < 0.80:
        return group4(c, NBSP)
    if x < 0.84:
        return group4(c).lower() if chance(0.5) else c.lower()
    if x < 0.91 and c[:2] in ('IT', 'SM'):
        return '%s %s %s %s %s' % (c[:4], c[4], c[5:10], c[10:15], c[15:])
    if x < 0.94:
        return group4(c, '-')
    if x < 0.97:
        return c[:4] + ' ' + c[4:]
    i = R.randint(6, len(c) - 4)
    return c[:i] + ZWSP + c[i:]


def bad_iban_compact():
    c = iban_compact()
    cd = int(c[2:4])
    while True:
        nd = (cd + R.randint(1, 96)) % 100
        cand = c[:2] + '%02d' % nd + c[4:]
        if nd >= 2 and not iban_valid(cand):
            return cand


# --------------------------------------------------------------------------
# tokens, secrets, keys
# --------------------------------------------------------------------------

ISS = ['https://auth.pagaflow.com', 'https://auth.sandbox.pagaflow.com',
       'https://login.bancalink.eu/oauth2', 'https://id.pagaflow.com/realms/merchants',
       'https://sso.bancalink.eu/auth/realms/psd2']
SCOPES = ['payments:write payments:read', 'accounts:read balances:read', 'refunds:write',
          'openid profile', 'aisp pisp', 'payouts:write', 'webhooks:manage payments:read']


def jwt(kind='access'):
    alg = pick(['RS256', 'RS256', 'ES256', 'ES256', 'HS256', 'HS256', 'PS256'])
    hdr = {'alg': alg, 'typ': 'JWT'}
    if chance(0.6):
        hdr['kid'] = pick([rs(8, HEX), 'key-%d-%02d' % (R.randint(2023, 2025), R.randint(1, 12)),
                           uuid4(), rs(22, B64U)])
    if chance(0.3):
        hdr = dict(reversed(list(hdr.items())))
    iat = R.randint(1700000000, 1745000000)
    claims = [('iss', pick(ISS)), ('sub', pick([uuid4(), 'merchant:' + rd(6), 'psu-' + rd(8)])),
              ('aud', pick(['pagaflow-api', 'https://api.pagaflow.com', 'bancalink-psd2', 'account'])),
              ('scope', pick(SCOPES)), ('client_id', client_id_value()), ('jti', uuid4()),
              ('azp', client_id_value())]
    if kind == 'refresh':
        claims.append(('typ', 'Refresh'))
    keep = [c for c in claims if chance(0.6)]
    payload = dict(keep)
    payload['iat'] = iat
    payload['exp'] = iat + (pick([300, 900, 3600, 7200]) if kind == 'access' else 2592000)
    items = list(payload.items())
    R.shuffle(items)
    sig = {'RS256': 256, 'PS256': 256, 'ES256': 64, 'HS256': 32}[alg]
    enc = lambda d: b64u(json.dumps(dict(d), separators=(',', ':')).encode())
    return enc(hdr) + '.' + enc(items) + '.' + b64u(rbytes(sig))


def opaque_token():
    x = R.random()
    if x < 0.25:
        return rs(R.randint(32, 64))
    if x < 0.40:
        return pick(['pgf_at_', 'at_', 'blk_at_', 'AT-']) + rs(R.randint(32, 44))
    if x < 0.52:
        return rs(pick([40, 64]), HEX)
    if x < 0.66:
        return base64.b64encode(rbytes(pick([32, 33, 40, 48]))).decode()
    if x < 0.74:
        return 'v2.local.' + b64u(rbytes(R.randint(60, 90)))
    if x < 0.86:
        return rs(10, B64U) + '.' + rs(R.randint(30, 50), B64U)
    return b64u(rbytes(pick([32, 48, 64])))


def access_token():
    return jwt() if chance(0.5) else opaque_token()


def api_key():
    return pick(['pgf_live_', 'pgf_test_', 'pgf_sandbox_', 'blk_live_', 'blk_sk_']) + rs(pick([32, 40, 48]))


def refresh_token():
    x = R.random()
    if x < 0.2:
        return jwt('refresh')
    if x < 0.4:
        return 'rt_' + rs(R.randint(40, 60))
    if x < 0.55:
        return 'def50200' + rs(pick([120, 160, 200]), HEX)
    if x < 0.7:
        return rs(64)
    if x < 0.82:
        return b64u(rbytes(R.randint(32, 64)))
    return pick(['RT.', 'rft-', 'blk_rt_']) + rs(R.randint(36, 56), B64U)


def client_secret():
    x = R.random()
    if x < 0.22:
        return rs(pick([32, 40, 48]))
    if x < 0.38:
        return rs(R.randint(36, 44), ALNUM + '-_')
    if x < 0.50:
        return rs(64, HEX)
    if x < 0.62:
        return base64.b64encode(rbytes(pick([30, 32, 33]))).decode()
    if x < 0.74:
        return rs(3, ALNUM) + '8Q~' + rs(34, ALNUM + '-_.~')
    if x < 0.86:
        return pick(['sec_', 'pgf_cs_', 'blk_secret_']) + rs(R.randint(32, 40))
    return rs(12, ALNUM) + '.' + rs(R.randint(24, 32), ALNUM + '_-')


def client_id_value(company=None):
    slug = company or pick(['bottega-digitale', 'viaggismart', 'ferramenta-online', 'brightcart',
                            'kettleco', 'northwind', 'harbour-apps', 'negozioverde', 'farmaweb'])
    x = R.random()
    if x < 0.4:
        return '%s-%s' % (slug, pick(['prod', 'sandbox', 'staging', 'test', 'web', 'app', 'pay-prod']))
    if x < 0.65:
        return uuid4()
    if x < 0.8:
        return '%s_%s_%s' % (slug.replace('-', '_'), pick(['live', 'sbx', 'uat']), rd(3))
    if x < 0.9:
        return 'app-' + rd(6)
    return 'cli-' + slug + '-' + rd(4)


AWS_ALPH = string.ascii_uppercase + '234567'


def vendor_key(which=None):
    which = which or pick(['aws', 'stripe', 'stripe', 'github', 'slack', 'google', 'sendgrid',
                           'openai', 'gitlab', 'mailgun', 'npm', 'shopify', 'whsec', 'azure'])
    if which == 'aws':
        return 'AKIA' + rs(16, AWS_ALPH)
    if which == 'aws_secret':
        return rs(40, ALNUM + '/+')
    if which == 'stripe':
        return pick(['sk_live_', 'sk_test_', 'rk_live_', 'sk_live_51']) + rs(pick([24, 34, 99]))
    if which == 'whsec':
        return 'whsec_' + rs(32)
    if which == 'github':
        return pick(['ghp_' + rs(36), 'github_pat_11' + rs(20, UPNUM) + '_' + rs(59), 'gho_' + rs(36)])
    if which == 'slack':
        return pick(['xoxb-', 'xoxp-']) + rd(12) + '-' + rd(13) + '-' + rs(24)
    if which == 'google':
        return 'AIza' + rs(35, B64U)
    if which == 'sendgrid':
        return 'SG.' + rs(22, B64U) + '.' + rs(43, B64U)
    if which == 'openai':
        return 'sk-proj-' + rs(R.randint(48, 80), B64U)
    if which == 'gitlab':
        return 'glpat-' + rs(20, B64U)
    if which == 'mailgun':
        return 'key-' + rs(32, HEX)
    if which == 'npm':
        return 'npm_' + rs(36)
    if which == 'shopify':
        return 'shpat_' + rs(32, HEX)
    if which == 'azure':
        return base64.b64encode(rbytes(64)).decode()
    raise ValueError(which)


def pem_block():
    kind = R.choices(['RSA', 'PKCS8', 'EC', 'OPENSSH', 'ENC'], weights=[35, 25, 20, 15, 5])[0]
    if kind == 'RSA':
        head, pre, lines, w = 'RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', R.randint(9, 24), 64
    elif kind == 'PKCS8':
        head, pre, lines, w = 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', R.randint(9, 24), 64
    elif kind == 'EC':
        head, pre, lines, w = 'EC PRIVATE KEY', 'MHcCAQEEI', 3, 64
    elif kind == 'OPENSSH':
        head, pre, lines, w = ('OPENSSH PRIVATE KEY',
                               'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
                               R.randint(5, 7), 70)
    else:
        head, pre, lines, w = 'ENCRYPTED PRIVATE KEY', 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI', R.randint(9, 16), 64
    total = (lines - 1) * w + R.randint(w // 3, w)
    body = pre + rs(total - len(pre), B64)
    if kind == 'EC':
        body = body[:160] + '=='
    else:
        body = body[:-1] + '='
    rows = [body[i:i + w] for i in range(0, len(body), w)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (head, '\n'.join(rows), head)


def pubkey_body():
    body = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + rs(300, B64) + 'IDAQAB'
    return '\n'.join(body[i:i + 64] for i in range(0, len(body), 64))


# passwords -----------------------------------------------------------------

IT_WORDS = ['Gattonero', 'Primavera', 'Limoncello', 'Vesuvio', 'Tramonto', 'Girasole', 'Castello',
            'Farfalla', 'Montagna', 'Cappuccino', 'Lasagna', 'Ciambella', 'Tartaruga', 'Bicicletta',
            'Ombrellone', 'Pinguino', 'Fragola', 'Biscotto', 'Lucertola', 'Tiramisu', 'Gondola',
            'Mortadella', 'Scoiattolo', 'Arancino', 'Pallavolo', 'Semaforo']
EN_WORDS = ['Sunflower', 'Blackbird', 'Pancake', 'Lighthouse', 'Butterfly', 'Dragonfly', 'Snowman',
            'Waterfall', 'Marmalade', 'Kingfisher', 'Thunder', 'Penguin', 'Avocado', 'Sherlock',
            'Tangerine', 'Voyager', 'Hedgehog', 'Biscuit', 'Cobalt', 'Marigold', 'Gingerbread', 'Falcon']
PP_IT = ['cavallo', 'batteria', 'graffetta', 'corretto', 'luna', 'piena', 'mare', 'gatto', 'pizza',
         'treno', 'notte', 'verde', 'sette', 'nuvola', 'ponte', 'sasso', 'fiume', 'lampada', 'zucca',
         'sole', 'vento', 'nonna', 'forno', 'sedia', 'rosso']
PP_EN = ['correct', 'horse', 'battery', 'staple', 'purple', 'monkey', 'dishwasher', 'river', 'stone',
         'orange', 'window', 'cloud', 'seven', 'lantern', 'pepper', 'violin', 'garden', 'rocket',
         'yellow', 'teapot', 'marble', 'harbour']
PW_SYMS = '!@#$%&*?_-+=.^~()[]{};:,/'
LEET = str.maketrans({'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '$'})


def password(lang):
    words = IT_WORDS if lang == 'it' else EN_WORDS
    if chance(0.15):
        words = EN_WORDS if lang == 'it' else IT_WORDS
    w = pick(words)
    while True:
        x = R.randint(0, 11)
        if x == 0:
            p = w + rd(pick([2, 4])) + pick('!?#@$*')
        elif x == 1:
            p = pick('$%') + w + pick(['_', '', '.', '-', '!']) + rd(R.randint(2, 4))
        elif x == 2:
            p = w[0] + w[1:].lower().translate(LEET) + pick('!#@*&') + rd(R.randint(1, 3))
        elif x == 3:
            p = rs(R.randint(10, 18), ALNUM + PW_SYMS)
            if not re.search(r'\d', p) or not re.search(r'[^A-Za-z0-9]', p):
                continue
        elif x == 4:
            p = w.lower() + rd(R.randint(2, 4))
        elif x == 5:
            p = w + '.' + pick(words).lower() + '.' + rd(2)
        elif x == 6:
            p = pick('$%') + rs(R.randint(9, 15), ALNUM + '!#%&*-_+=?')
        elif x == 7:
            seasons = ['Estate', 'Inverno', 'Autunno', 'Primavera'] if lang == 'it' else ['Summer', 'Winter', 'Autumn', 'Spring']
            p = pick(seasons) + str(R.randint(2019, 2025)) + pick('!?#')
        elif x == 8:
            p = w[:4] + pick('@#&') + rs(3, string.ascii_uppercase) + rd(3) + pick('!$%')
        elif x == 9:
            p = pick(['Pagaflow', 'Sandbox', 'Collaudo', 'Staging', 'Admin', 'Welcome', 'Benvenuto']) + pick(['!', '@', '#', '_']) + rd(R.randint(2, 4))
        elif x == 10:
            p = rs(R.randint(12, 20), ALNUM + '!#$%&*+-=?@^_')
            if not re.search(r'\d', p):
                continue
        else:
            p = pick('$%&') + w.lower()[:5] + pick('#!') + rs(4, ALNUM)
        if p[-1] in '.,;:?' or p[0] in '-':
            continue
        return p


def password_url():
    x = R.randint(0, 4)
    if x == 0:
        return rs(R.randint(12, 24), ALNUM)
    if x == 1:
        return rs(R.randint(10, 18), ALNUM + '-_~') + rd(2)
    if x == 2:
        return pick(IT_WORDS + EN_WORDS) + rd(R.randint(2, 4)) + pick(['%21', '%40', '%23', '%24'])
    if x == 3:
        return pick(IT_WORDS + EN_WORDS).lower() + pick(['_', '-', '']) + rd(4)
    return '%24' + rs(R.randint(10, 14), ALNUM)


def passphrase(lang):
    words = PP_IT if lang == 'it' else PP_EN
    ws = R.sample(words, R.randint(3, 5))
    x = R.random()
    if x < 0.3:
        ws.append(rd(R.randint(1, 4)))
    elif x < 0.45:
        ws[0] = ws[0].capitalize()
    elif x < 0.55:
        ws[-1] += pick('!?')
    return ' '.join(ws)


# PINs / OTP ----------------------------------------------------------------

def fmt_code(d, plain=0.5):
    """A PIN / OTP as people type it: plain, "4 8 1 9 2 7", "481 927", "481-927", full-width..."""
    if chance(plain):
        return d
    half = len(d) // 2
    return R.choices([
        ' '.join(d), d[:half] + ' ' + d[half:], d[:half] + '-' + d[half:], d.translate(FW),
        d[:half] + NBSP + d[half:], d[:half] + '.' + d[half:], d[:2] + ZWSP + d[2:], '  '.join(d),
    ], weights=[34, 24, 12, 8, 6, 6, 4, 6])[0]


def code_digits(n):
    while True:
        d = rd(n)
        if len(set(d)) > 1 and not d.startswith('20') and not d.startswith('19'):
            return d


# --------------------------------------------------------------------------
# people, companies, look-alikes
# --------------------------------------------------------------------------

IT_FIRST = ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Matteo', 'Sara', 'Davide',
            'Elena', 'Simone', 'Martina', 'Andrea', 'Valentina', 'Federico', 'Silvia', 'Stefano', 'Paola',
            'Roberto', 'Giorgia', 'Nicola', 'Anna', 'Paolo', 'Laura', 'Fabio', 'Ilaria', 'Gianluca',
            'Beatrice', 'Riccardo', 'Claudia', 'Emanuele', 'Serena']
IT_LAST = ['Rossi', 'Bianchi', 'Ferrari', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
           'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
           'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Esposito',
           'Russo', 'Villa', 'Pellegrini', 'Testa']
EN_FIRST = ['James', 'Emily', 'Oliver', 'Sophie', 'Daniel', 'Hannah', 'Thomas', 'Chloe', 'Ryan', 'Megan',
            'Priya', 'Lukas', 'Ana', 'Jonas', 'Claire', 'Pablo', 'Kevin', 'Rachel', 'Tom', 'Aisha',
            'Ben', 'Grace', 'Liam', 'Zoe', 'Sam', 'Nina', 'Marcus', 'Olga']
EN_LAST = ['Walker', 'Clarke', 'Hughes', 'Turner', 'Wright', 'Patel', 'Green', 'Evans', "O'Connor",
           'Lewis', 'Sharma', 'Becker', 'Silva', 'Müller', 'Dubois', 'García', 'Nguyen', 'Kim', 'Baker',
           'Khan', 'Murphy', 'Fischer', 'Novak', 'Jensen', 'Reid', 'Hall']
IT_COMP = [('Bottega Digitale srl', 'bottegadigitale.it'), ('Ferramenta Online S.p.A.', 'ferramentaonline.it'),
           ('Viaggi Smart srl', 'viaggismart.it'), ('NegozioVerde srl', 'negozioverde.it'),
           ('Studio Informatico Mariani', 'studiomariani.it'), ('TicketSud srl', 'ticketsud.it'),
           ('Farmacia Web srl', 'farmaciaweb.it'), ('Cantina Collina srl', 'cantinacollina.it'),
           ('Moda Veloce S.r.l.', 'modaveloce.it'), ('Palestre Unite srl', 'palestreunite.it'),
           ('Gelaterie Riunite S.p.A.', 'gelaterieriunite.it'), ('Assicura Facile srl', 'assicurafacile.it'),
           ('Caseificio Val Padana', 'caseificiovalpadana.it'), ('Logistica Adriatica srl', 'logadriatica.it')]
EN_COMP = [('Brightcart Ltd', 'brightcart.co.uk'), ('Northwind Payments', 'northwindpay.com'),
           ('Kettle & Co', 'kettleandco.com'), ('Quidsy Ltd', 'quidsy.io'), ('Harbour Apps', 'harbourapps.dev'),
           ('FlatFox GmbH', 'flatfox.de'), ('Tandemly', 'tandemly.io'), ('Loopline Inc.', 'loopline.com'),
           ('ParcelPoint Ltd', 'parcelpoint.co.uk'), ('Greenleaf Grocers', 'greenleafgrocers.ie'),
           ('Mosaic Travel BV', 'mosaictravel.nl'), ('Orbit Ticketing', 'orbittickets.com')]
IT_ROLES = ['Sviluppatore Backend', 'CTO', 'Full-stack developer', 'Responsabile IT', 'DevOps Engineer',
            'Consulente esterno', 'Sviluppatore Senior', 'Tech Lead', 'Amministrazione', 'Project Manager']
EN_ROLES = ['Backend Engineer', 'CTO', 'Senior Developer', 'Platform Engineer', 'Head of Engineering',
            'Contractor', 'Integration Lead', 'Software Engineer', 'Finance Ops', 'Product Manager']
IT_CITIES = ['Milano', 'Roma', 'Torino', 'Bologna', 'Napoli', 'Firenze', 'Bari', 'Padova', 'Verona', 'Brescia']
IT_STREETS = ['Via Roma', 'Corso Vittorio Emanuele', 'Via Garibaldi', 'Viale Monza', 'Via dei Mille', 'Piazza Duomo']
IT_BANKS = ['Intesa Sanpaolo', 'UniCredit', 'Banco BPM', 'BPER Banca', 'Banca Sella', 'Fineco', 'Credem',
            'Banca Popolare di Sondrio', 'Banca Mediolanum', 'Poste Italiane', 'Crédit Agricole Italia']
FR_BANKS = ['BNP Paribas', 'Crédit Agricole', 'Société Générale', 'La Banque Postale', 'Crédit Mutuel']
EN_BANKS = ['Barclays', 'NatWest', 'Lloyds', 'HSBC UK', 'Monzo', 'Starling', 'Santander UK']
BICS = ['UNCRITMMXXX', 'BCITITMM', 'BPMOIT22XXX', 'PASCITMMXXX', 'SELBIT2BXXX', 'FEBIITM1', 'BAPPIT21',
        'DEUTDEFFXXX', 'COBADEFFXXX', 'BNPAFRPPXXX', 'CAIXESBBXXX', 'BSCHESMM', 'BARCGB22', 'NWBKGB2L',
        'INGBNL2A', 'REVOLT21', 'MONZGB2L', 'BPPIITRRXXX']
IT_MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
             'settembre', 'ottobre', 'novembre', 'dicembre']
IT_DAYS = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
API_HOSTS = ['api.pagaflow.com', 'sandbox.api.pagaflow.com', 'api.bancalink.eu', 'psd2.bancalink.eu',
             'api-uat.pagaflow.com']
ENDPOINTS = ['/oauth/token', '/v1/payments', '/v2/payments', '/v1/refunds', '/psd2/v1/consents',
             '/v1/accounts/balances', '/v1/payouts', '/v2/webhooks', '/v1/mandates', '/v2/checkout/sessions',
             '/psd2/v1/payments/sepa-credit-transfers', '/v1/customers']


def slugify(s):
    s = s.lower()
    s = re.sub(r'\s+(srl|s\.r\.l\.|s\.p\.a\.|ltd|inc\.?|gmbh|bv)\s*$', '', s)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


def rand_date():
    return datetime.date(2023, 1, 1) + datetime.timedelta(days=R.randint(0, 900))


def it_date(d=None):
    d = d or rand_date()
    return pick(['%02d/%02d/%d' % (d.day, d.month, d.year), '%d %s' % (d.day, IT_MONTHS[d.month - 1]),
                 '%d %s %d' % (d.day, IT_MONTHS[d.month - 1], d.year), '%d/%d' % (d.day, d.month)])


def en_date(d=None):
    d = d or rand_date()
    return pick(['%d %s %d' % (d.day, EN_MONTHS[d.month - 1], d.year), d.isoformat(),
                 '%s %d' % (EN_MONTHS[d.month - 1], d.day), '%02d/%02d/%d' % (d.day, d.month, d.year)])


def hhmm():
    return '%02d:%02d' % (R.randint(7, 22), R.randint(0, 59))


def phone(lang):
    if lang == 'it':
        x = R.randint(0, 5)
        if x == 0:
            return '+39 3%s %s %s' % (rd(2), rd(3), rd(4))
        if x == 1:
            return '02 %s %s' % (rd(4), rd(4))
        if x == 2:
            return '+39 06 %s' % rd(8)
        if x == 3:
            return '3%s.%s.%s' % (rd(2), rd(3), rd(4))
        if x == 4:
            return '+39 0%s %s' % (rd(2), rd(7))
        return '3%s %s' % (rd(2), rd(7))
    x = R.randint(0, 4)
    if x == 0:
        return '+44 20 7946 0%s' % rd(3)
    if x == 1:
        return '+44 7700 900%s' % rd(3)
    if x == 2:
        return '+1 (415) 555-0%s' % rd(3)
    if x == 3:
        return '+353 1 %s %s' % (rd(3), rd(4))
    return '07700 900%s' % rd(3)


def piva():
    b = rd(7) + '%03d' % R.randint(1, 100)
    return b + luhn_digit(b)


def codice_fiscale():
    cons = 'BCDFGHLMNPRSTVZ'
    s = rs(3, cons) + rs(3, cons) + '%02d' % R.randint(50, 99) + pick('ABCDEHLMPRST')
    s += '%02d' % (R.randint(1, 28) + pick([0, 40])) + pick(['F205', 'H501', 'L219', 'F839', 'A944', 'G273', 'D612'])
    return s + cin_char(s)


def amount(lang):
    v = R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 25000)])
    c = R.randint(0, 99) if chance(0.7) else 0
    if lang == 'it':
        ints = '{:,}'.format(v).replace(',', '.')
        return pick(['€ %s,%02d' % (ints, c), '%s,%02d €' % (ints, c), 'EUR %s,%02d' % (ints, c), '%s euro' % ints])
    return pick(['€%s.%02d' % ('{:,}'.format(v), c), '£%s.%02d' % ('{:,}'.format(v), c),
                 'EUR %d.%02d' % (v, c), '%d.%02d GBP' % (v, c)])


def masked_card():
    n = card_number()
    l4 = n[-4:]
    return pick(['**** **** **** ' + l4, 'XXXX XXXX XXXX ' + l4, n[:6] + '*' * (len(n) - 10) + l4,
                 n[:4] + ' ' + n[4:6] + '** **** ' + l4, '•••• ' + l4, '************' + l4,
                 'XXXX-XXXX-XXXX-' + l4, n[:6] + 'XXXXXX' + l4])


def masked_iban():
    c = iban_compact()
    return pick([c[:4] + '*' * (len(c) - 8) + c[-4:], group4(c[:4] + 'X' * (len(c) - 8) + c[-4:]),
                 c[:2] + '** **** **** ' + c[-4:], c[:4] + '…' + c[-4:]])


def request_id():
    x = R.random()
    if x < 0.45:
        return uuid4()
    if x < 0.55:
        return uuid4().upper()
    if x < 0.68:
        return 'req_' + rs(24)
    if x < 0.8:
        return rs(32, HEX)
    return '01' + rs(24, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')


def pay_id():
    return pick(['pay_', 'pi_', 'ch_', 'txn_', 'pmt_', 'tr_', 'po_', 'py_']) + rs(R.randint(14, 24))


def order_no():
    return pick(['ORD-%d-%s' % (R.randint(2023, 2025), rd(6)), '#' + rd(R.randint(6, 9)), 'PO-' + rd(5),
                 'A' + rd(9), '%d/%s' % (R.randint(2023, 2025), rd(5)), 'WEB-' + rs(6, UPNUM)])


# --------------------------------------------------------------------------
# slots
# --------------------------------------------------------------------------

class Ctx:
    def __init__(self, lang, neutral, wrap_ok):
        self.lang = lang
        self.neutral = neutral
        self.wrap_ok = wrap_ok
        self.cache = {}
        self.secrets = []
        it = lang == 'it'
        F, L = (IT_FIRST, IT_LAST) if it else (EN_FIRST, EN_LAST)
        self.dev = (pick(F), pick(L))
        self.dev2 = (pick([f for f in F if f != self.dev[0]]), pick(L))
        self.agent = (pick([f for f in F if f not in (self.dev[0], self.dev2[0])]), pick(L))
        self.company, self.domain = pick(IT_COMP if it else EN_COMP)
        self.slug = slugify(self.company)
        self.date = rand_date()

    def email_of(self, person, domain=None):
        f, l = person
        l = re.sub(r"[^a-z]", '', l.lower().replace('ü', 'u').replace('í', 'i'))
        f = f.lower()
        return pick(['%s.%s' % (f, l), '%s.%s' % (f[0], l), f, '%s%s' % (f[0], l)]) + '@' + (domain or self.domain)

    def fill(self, tmpl):
        def rep(m):
            key = m.group(1)
            if key not in self.cache:
                base = re.sub(r'_\d+$', '', key)
                self.cache[key] = SLOTS[base](self)
            text, secs = self.cache[key]
            self.secrets.extend(secs)
            return text
        return SLOT_RE.sub(rep, tmpl)


SLOT_RE = re.compile(r'\[\[([a-z0-9_]+)\]\]')


def maybe_wrap(ctx, v, p=0.09):
    """Mail clients wrap long values: put a line break inside the value."""
    if not ctx.wrap_ok or '\n' in v or not chance(p):
        return v
    if ' ' in v and len(v) > 14:
        idx = [i for i, c in enumerate(v) if c == ' ']
        i = pick(idx)
        return v[:i] + '\n' + v[i + 1:]
    if len(v) >= 24:
        i = R.randint(8, len(v) - 6)
        return v[:i] + '\n' + v[i:]
    return v


def maybe_zw(v, p=0.025):
    if chance(p) and len(v) > 12 and '\n' not in v:
        i = R.randint(4, len(v) - 4)
        return v[:i] + pick([ZWSP, ZWJ]) + v[i:]
    return v


NEUTRAL = {
    'it': {
        'access_token': ['[REDACTED]', '<token>', '<ACCESS_TOKEN>', '${ACCESS_TOKEN}', '$TOKEN', '{{access_token}}',
                         'eyJ…', '***', 'xxxxxxxxxx', 'YOUR_ACCESS_TOKEN', '[omesso]', '(token oscurato)', '<il-tuo-token>'],
        'refresh_token': ['[REDACTED]', '<refresh_token>', '${REFRESH_TOKEN}', '***', '[omesso]', '{{refresh_token}}', 'xxxxxxxx'],
        'client_secret': ['********', '<client_secret>', 'YOUR_CLIENT_SECRET', '${CLIENT_SECRET}', '[REDACTED]',
                          '(rimosso)', '{{client_secret}}', '***', '<il secret che trovate sul portale>', '%CLIENT_SECRET%'],
        'password': ['********', '<password>', '••••••••', '[omessa]', '(te la dico a voce)', 'xxxxxx',
                     '${DB_PASSWORD}', '***', '<la tua password>', '[rimossa]'],
        'pin': ['******', 'XXXXXX', '[omesso]', '••••', '***', '(non lo scrivo qui)'],
        'cvv': ['***', 'XXX', '[omesso]'],
        'bank_account': ['[omesso]', '****', 'XXXXXXXX', '(vedi allegato cifrato)', '***'],
        'private_key': ['(chiave omessa, la mandiamo dal canale sicuro)', '[contenuto della chiave rimosso]',
                        '<private key non inclusa>'],
        'vendor_key': ['[REDACTED]', 'sk_live_****', '<chiave>', '***', '${STRIPE_SECRET_KEY}', 'AKIA****************'],
    },
    'en': {
        'access_token': ['[REDACTED]', '<token>', '<ACCESS_TOKEN>', '${ACCESS_TOKEN}', '$TOKEN', '{{access_token}}',
                         'eyJ…', '***', 'xxxxxxxxxx', 'YOUR_ACCESS_TOKEN', '[removed]', '(token redacted)', '<your-token>'],
        'refresh_token': ['[REDACTED]', '<refresh_token>', '${REFRESH_TOKEN}', '***', '[removed]', '{{refresh_token}}', 'xxxxxxxx'],
        'client_secret': ['********', '<client_secret>', 'YOUR_CLIENT_SECRET', '${CLIENT_SECRET}', '[REDACTED]',
                          '(removed)', '{{client_secret}}', '***', '<secret from the portal>', '%CLIENT_SECRET%'],
        'password': ['********', '<password>', '••••••••', '[redacted]', '(will tell you on the phone)', 'xxxxxx',
                     '${DB_PASSWORD}', '***', '<your password>', '[removed]'],
        'pin': ['******', 'XXXXXX', '[redacted]', '••••', '***', '(not pasting it here)'],
        'cvv': ['***', 'XXX', '[redacted]'],
        'bank_account': ['[redacted]', '****', 'XXXXXXXX', '(see encrypted attachment)', '***'],
        'private_key': ['(key removed, will send via the secure channel)', '[key contents removed]',
                        '<private key not included>'],
        'vendor_key': ['[REDACTED]', 'sk_live_****', '<key>', '***', '${STRIPE_SECRET_KEY}', 'AKIA****************'],
    },
}


def S(kind, fn, neutral=None, wrap=True, zw=True):
    """A secret slot: fn(ctx) -> value."""
    def g(ctx):
        if ctx.neutral:
            if neutral is not None:
                return neutral(ctx), []
            return pick(NEUTRAL[ctx.lang][kind]), []
        v = fn(ctx)
        if wrap:
            v = maybe_wrap(ctx, v)
        if zw:
            v = maybe_zw(v)
        return v, [(kind, v)]
    g.secret = True
    return g


def L(fn):
    """A look-alike slot: fn(ctx) -> text."""
    return lambda ctx: (fn(ctx), [])


def _iban_neutral(ctx):
    return fmt_iban(bad_iban_compact()) if chance(0.5) else masked_iban()


def _card_neutral(ctx):
    return fmt_card(bad_luhn_number()) if chance(0.35) else masked_card()


def _bban_it():
    cin, abi, cab, conto = it_parts()
    return pick([cin + abi + cab + conto, '%s %s %s %s' % (cin, abi, cab, conto),
                 '%s/%s/%s/%s' % (cin, abi, cab, conto), '%s-%s-%s-%s' % (cin, abi, cab, conto)])


def _conto_it():
    conto = it_parts()[3]
    return pick([conto, conto, conto.lstrip('0') or conto, rd(4) + '/' + rd(pick([5, 8]))])


def _rib_fr():
    b, g, c, k = fr_parts()
    return pick(['%s %s %s %s' % (b, g, c, k), b + g + c + k, '%s-%s-%s-%s' % (b, g, c, k)])


def _ccc_es():
    e, o, d, c = es_parts()
    return pick(['%s %s %s %s' % (e, o, d, c), e + o + d + c, '%s-%s-%s-%s' % (e, o, d, c),
                 '%s %s %s %s %s %s' % (e, o, d, c[:4], c[4:8], c[8:])])


def _sortacct_uk():
    s, a = rd(6), rd(8)
    sc = '%s-%s-%s' % (s[:2], s[2:4], s[4:])
    return pick(['%s %s' % (sc, a), '%s %s' % (s, a), '%s / %s' % (sc, a), '%s-%s' % (sc, a), '%s, %s' % (sc, a)])


def _basic(ctx):
    cid = client_id_value(ctx.slug)
    sec = client_secret()
    return base64.b64encode(('%s:%s' % (cid, sec)).encode()).decode()


def _userpass(ctx):
    if chance(0.75):
        return '%s:%s' % (client_id_value(ctx.slug), client_secret())
    return '%s:%s' % (pick(['api_user', 'svc-payments', ctx.slug + '-api', 'integrazione', 'merchant' + rd(4)]),
                      password_url())


def _cookie(ctx):
    name = pick(['SESSIONID', 'JSESSIONID', 'PHPSESSID', 'connect.sid', 'session', '__Host-session',
                 'pgf_session', '_bo_sess', 'ASP.NET_SessionId'])
    if name == 'JSESSIONID':
        v = rs(32, '0123456789ABCDEF')
    elif name == 'PHPSESSID':
        v = rs(26, LOWNUM)
    elif name == 'connect.sid':
        v = 's%3A' + rs(32, B64U) + '.' + rs(43, ALNUM)
    elif name == 'ASP.NET_SessionId':
        v = rs(24, LOWNUM)
    else:
        v = pick([b64u(rbytes(R.randint(24, 48))), rs(R.randint(32, 64), HEX), rs(40, ALNUM)])
    others = ['_ga=GA1.2.%s.%s' % (rd(9), rd(10)), 'lang=%s' % ctx.lang, 'cookie_consent=accepted',
              '_gid=GA1.2.%s.%s' % (rd(10), rd(10)), 'theme=dark', 'tz=Europe%2FRome', '_fbp=fb.1.%s.%s' % (rd(13), rd(9))]
    R.shuffle(others)
    pre, post = others[:R.randint(0, 2)], others[2:2 + R.randint(0, 2)]
    if ctx.neutral:
        v_text = pick(['[REDACTED]', '<session>', '***', '…'])
        secs = []
    else:
        v_text = v
        secs = [('access_token', v)]
    return '; '.join(pre + ['%s=%s' % (name, v_text)] + post), secs


_cookie.secret = True


def _env_read(ctx):
    return pick(['os.environ["PAGAFLOW_CLIENT_SECRET"]', "os.getenv('PAGAFLOW_TOKEN')", 'process.env.PAGAFLOW_SECRET',
                 'System.getenv("BANCALINK_CLIENT_SECRET")', 'std::env::var("PGF_CLIENT_SECRET")?',
                 'config.clientSecret', '${{ secrets.PAGAFLOW_CLIENT_SECRET }}', "getenv('DB_PASSWORD')",
                 'ENV.fetch("PAGAFLOW_API_KEY")', 'settings.PAGAFLOW["client_secret"]',
                 'Environment.GetEnvironmentVariable("PGF_TOKEN")', 'vault.read("secret/data/pagaflow")["client_secret"]'])


def _ph_token(ctx):
    return pick(['<your-token>', 'YOUR_ACCESS_TOKEN', '${ACCESS_TOKEN}', '{{token}}', '$TOKEN', '<ACCESS_TOKEN>',
                 'xxxxx', 'Bearer_token_here', '<token>'])


def _kid(ctx):
    return pick([rs(8, HEX), 'key-%d-%02d' % (R.randint(2023, 2025), R.randint(1, 12)), uuid4(),
                 'pgf-signing-%d' % R.randint(1, 9)])


SLOTS = {
    # secrets ---------------------------------------------------------------
    'jwt': S('access_token', lambda c: jwt()),
    'token': S('access_token', lambda c: access_token()),
    'opaque': S('access_token', lambda c: opaque_token()),
    'apikey': S('access_token', lambda c: api_key()),
    'sesscookie': _cookie,
    'phpsess': S('access_token', lambda c: rs(26, LOWNUM), wrap=False),
    'refresh': S('refresh_token', lambda c: refresh_token()),
    'csecret': S('client_secret', lambda c: client_secret()),
    'basic': S('client_secret', _basic,
               neutral=lambda c: pick(['<base64(client_id:client_secret)>', '***', '[REDACTED]', '${BASIC_AUTH}', 'base64(id:secret)'])),
    'userpass': S('client_secret', _userpass, wrap=False,
                  neutral=lambda c: pick(['$CLIENT_ID:$CLIENT_SECRET', '<client_id>:<client_secret>',
                                          'YOUR_CLIENT_ID:YOUR_CLIENT_SECRET', '${PGF_ID}:${PGF_SECRET}'])),
    'vendor': S('vendor_key', lambda c: vendor_key()),
    'stripe_sk': S('vendor_key', lambda c: vendor_key('stripe')),
    'whsec': S('vendor_key', lambda c: vendor_key('whsec')),
    'aws_akid': S('vendor_key', lambda c: vendor_key('aws'), wrap=False),
    'aws_secret': S('vendor_key', lambda c: vendor_key('aws_secret')),
    'github': S('vendor_key', lambda c: vendor_key('github')),
    'slack': S('vendor_key', lambda c: vendor_key('slack')),
    'google': S('vendor_key', lambda c: vendor_key('google')),
    'sendgrid': S('vendor_key', lambda c: vendor_key('sendgrid')),
    'openai': S('vendor_key', lambda c: vendor_key('openai')),
    'gitlab': S('vendor_key', lambda c: vendor_key('gitlab')),
    'pem': S('private_key', lambda c: pem_block(), wrap=False, zw=False),
    'pem_json': S('private_key', lambda c: pem_block().replace('\n', '\\n'), wrap=False, zw=False,
                  neutral=lambda c: pick(['<PRIVATE_KEY>', '${SIGNING_KEY}', '[REDACTED]'])),
    'pem_yaml': S('private_key', lambda c: pem_block().replace('\n', '\n    '), wrap=False, zw=False,
                  neutral=lambda c: pick(['<PRIVATE_KEY>', '${SIGNING_KEY}', '[REDACTED]'])),
    'password': S('password', lambda c: passphrase(c.lang) if chance(0.06) else password(c.lang), wrap=False, zw=False),
    'password_url': S('password', lambda c: password_url(), wrap=False, zw=False,
                      neutral=lambda c: pick(['${DB_PASSWORD}', '****', 'PASSWORD', '<password>', '%2A%2A%2A%2A'])),
    'passphrase': S('password', lambda c: passphrase(c.lang), wrap=False, zw=False),
    'pin4': S('pin', lambda c: fmt_code(code_digits(4), 0.75), wrap=False, zw=False),
    'pin5': S('pin', lambda c: fmt_code(code_digits(pick([5, 6])), 0.6), wrap=False, zw=False),
    'otp': S('pin', lambda c: fmt_code(code_digits(pick([6, 6, 6, 8]))), wrap=False, zw=False),
    'card': S('card_number', lambda c: fmt_card(card_number()), neutral=_card_neutral, zw=False),
    'card_plain': S('card_number', lambda c: card_number(), wrap=False, zw=False,
                    neutral=lambda c: pick(['4242XXXXXXXX4242', '{{card_number}}', '<PAN>', bad_luhn_number()])),
    'cvv': S('cvv', lambda c: pick([rd(3), rd(3), rd(3), rd(4)]), wrap=False, zw=False),
    'iban': S('iban', lambda c: fmt_iban(iban_compact()), neutral=_iban_neutral, zw=False),
    'iban_it': S('iban', lambda c: fmt_iban(iban_compact(pick(['IT', 'IT', 'IT', 'SM']))), neutral=_iban_neutral, zw=False),
    'iban_de': S('iban', lambda c: fmt_iban(iban_compact('DE')), neutral=_iban_neutral, zw=False),
    'iban_es': S('iban', lambda c: fmt_iban(iban_compact('ES')), neutral=_iban_neutral, zw=False),
    'iban_fr': S('iban', lambda c: fmt_iban(iban_compact('FR')), neutral=_iban_neutral, zw=False),
    'iban_gb': S('iban', lambda c: fmt_iban(iban_compact(pick(['GB', 'IE']))), neutral=_iban_neutral, zw=False),
    'bban_it': S('bank_account', lambda c: _bban_it(), zw=False),
    'conto_it': S('bank_account', lambda c: _conto_it(), wrap=False, zw=False),
    'kto_de': S('bank_account', lambda c: pick([rd(10), rd(10), rd(4) + ' ' + rd(4) + ' ' + rd(2), rd(8)]), wrap=False, zw=False),
    'acct_uk': S('bank_account', lambda c: pick([rd(8), rd(8), rd(4) + ' ' + rd(4)]), wrap=False, zw=False),
    'sortacct_uk': S('bank_account', lambda c: _sortacct_uk(), wrap=False, zw=False),
    'rib_fr': S('bank_account', lambda c: _rib_fr(), zw=False),
    'ccc_es': S('bank_account', lambda c: _ccc_es(), zw=False),
    # look-alikes -----------------------------------------------------------
    'uuid': L(lambda c: uuid4()),
    'reqid': L(lambda c: request_id()),
    'payid': L(lambda c: pay_id()),
    'refundid': L(lambda c: pick(['re_' + rs(20), 'rfnd_' + rs(16), 'RF' + rd(10)])),
    'evtid': L(lambda c: pick(['evt_' + rs(24), 'whk_' + rs(16), 'evt_' + uuid4()])),
    'mandate': L(lambda c: pick(['MNDT-%d-%s' % (R.randint(2023, 2025), rd(6)), 'SEPA-' + rs(10, UPNUM), 'MD' + rd(9)])),
    'traceparent': L(lambda c: '00-%s-%s-01' % (rs(32, HEX), rs(16, HEX))),
    'clientid': L(lambda c: client_id_value(c.slug)),
    'sha1': L(lambda c: rs(pick([40, 40, 7, 8]), HEX)),
    'sha256': L(lambda c: rs(64, HEX)),
    'order': L(lambda c: order_no()),
    'invoice': L(lambda c: pick(['FT/%d/%s' % (R.randint(2023, 2025), rd(5)), 'INV-' + rd(6), '%s/%d' % (rd(3), R.randint(2023, 2025))])),
    'phone': L(lambda c: phone(c.lang)),
    'phone_en': L(lambda c: phone('en')),
    'piva': L(lambda c: pick(['', '', 'IT']) + piva()),
    'cf': L(lambda c: codice_fiscale()),
    'vat_uk': L(lambda c: pick(['GB ' + rd(3) + ' ' + rd(4) + ' ' + rd(2), 'GB' + rd(9)])),
    'amount': L(lambda c: amount(c.lang)),
    'amount_cents': L(lambda c: str(R.randint(100, 250000))),
    'date': L(lambda c: it_date() if c.lang == 'it' else en_date()),
    'date_iso': L(lambda c: rand_date().isoformat()),
    'time': L(lambda c: hhmm() + (':%02d' % R.randint(0, 59) if chance(0.5) else '')),
    'epoch': L(lambda c: str(R.randint(1700000000, 1745000000))),
    'masked_card': L(lambda c: masked_card()),
    'masked_iban': L(lambda c: masked_iban()),
    'last4': L(lambda c: rd(4)),
    'bin': L(lambda c: pick(['4', '5']) + rd(5)),
    'badluhn': L(lambda c: fmt_card(bad_luhn_number())),
    'bad_iban': L(lambda c: fmt_iban(bad_iban_compact())),
    'bic': L(lambda c: pick(BICS)),
    'abi': L(lambda c: pick(ABI)),
    'cab': L(lambda c: rd(5)),
    'blz': L(lambda c: pick('1234567') + rd(7)),
    'sortcode': L(lambda c: pick(['%s-%s-%s' % (rd(2), rd(2), rd(2)), rd(6)])),
    'expiry': L(lambda c: '%02d/%s' % (R.randint(1, 12), pick(['26', '27', '28', '29', '2027', '2030']))),
    'expm': L(lambda c: str(R.randint(1, 12))),
    'expy': L(lambda c: str(R.randint(2026, 2031))),
    'kid': L(_kid),
    'version': L(lambda c: '%d.%d.%d' % (R.randint(1, 4), R.randint(0, 12), R.randint(0, 9))),
    'month': L(lambda c: pick(IT_MONTHS if c.lang == 'it' else EN_MONTHS)),
    'ticket': L(lambda c: pick(['SPT-' + rd(5), '#' + rd(6), 'PGF-' + rd(4)])),
    'merchantid': L(lambda c: pick(['MRC-' + rd(6), 'merchant_' + rd(5), 'mch_' + rs(12, LOWNUM)])),
    'tid': L(lambda c: rd(8)),
    'dbhost': L(lambda c: pick(['db-prod-01.internal', '10.0.%d.%d' % (R.randint(0, 9), R.randint(2, 250)),
                                'pg.staging.%s.local' % c.slug, 'mysql-replica.eu-west-1.rds.amazonaws.com',
                                'redis-cache.internal', 'db.%s' % c.domain])),
    'ftphost': L(lambda c: pick(['sftp.pagaflow.com', 'files.bancalink.eu', 'sftp-uat.pagaflow.com'])),
    'ftpuser': L(lambda c: pick(['recon_' + c.slug.replace('-', '_'), c.slug, 'mrc' + rd(5)])),
    'apihost': L(lambda c: pick(API_HOSTS)),
    'shophost': L(lambda c: pick(['www.', 'shop.', 'api.', 'checkout.']) + c.domain),
    'endpoint': L(lambda c: pick(ENDPOINTS)),
    'person': L(lambda c: '%s %s' % (pick(IT_FIRST), pick(IT_LAST)) if c.lang == 'it' else '%s %s' % (pick(EN_FIRST), pick(EN_LAST))),
    'person_en': L(lambda c: '%s %s' % (pick(EN_FIRST), pick(EN_LAST))),
    'username': L(lambda c: pick(['collaudo.' + slugify(pick(IT_LAST)), 'test_user_' + rd(2), 'psu-demo-' + rd(3),
                                  'sandbox.' + c.slug, 'demo' + rd(3), 'user' + rd(4) + '@example.com'])),
    'email': L(lambda c: c.email_of(c.dev)),
    'bankname': L(lambda c: pick(IT_BANKS if c.lang == 'it' else EN_BANKS)),
    'bankname_fr': L(lambda c: pick(FR_BANKS)),
    'city': L(lambda c: pick(IT_CITIES)),
    'company': L(lambda c: c.company),
    'slug': L(lambda c: c.slug),
    'pubkey_body': L(lambda c: pubkey_body()),
    'env_read': L(_env_read),
    'ph_token': L(_ph_token),
    'dev': L(lambda c: '%s %s' % c.dev),
    'dev_first': L(lambda c: c.dev[0]),
    'dev2_first': L(lambda c: c.dev2[0]),
    'agent': L(lambda c: '%s %s' % c.agent),
    'agent_first': L(lambda c: c.agent[0]),
    'ip': L(lambda c: pick(['10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                            '192.168.%d.%d' % (R.randint(0, 20), R.randint(2, 254)),
                            '203.0.113.%d' % R.randint(1, 254)])),
    'status': L(lambda c: pick(['401', '403', '400', '422', '500', '502', '429'])),
}


# --------------------------------------------------------------------------
# hand-written scenes: Italian
# --------------------------------------------------------------------------
# [[slot]] is replaced by a generated value; [[slot_2]] is a second value of
# the same generator.  Chat scripts: "D:" integrator, "D2:" a colleague,
# "S:" the provider's support agent; other lines continue the previous turn.

IT_POS = [
"""la chiamata a [[endpoint]] mi torna sempre 401. vi incollo gli header che mando:

Authorization: Bearer [[jwt]]
X-Request-Id: [[uuid]]
Content-Type: application/json

il token l'ho appena generato, scade tra un'ora. cosa sbaglio?""",
"""Buongiorno,
stiamo integrando il flusso client_credentials in sandbox. Client id: [[clientid]], ti giro il secret: [[csecret]] così provate voi a chiamare /oauth/token e vedete se il problema è lato nostro.
Il request id dell'ultima chiamata fallita è [[reqid]].""",
"""Ciao [[agent_first]], il cliente di test ha la carta [[card]] scad. [[expiry]] cvv [[cvv]], il pagamento [[payid]] resta in stato PENDING da ieri. Potete controllare?""",
"""Salve, l'utente finale ci ha mandato il suo IBAN per il rimborso: [[iban_it]] intestato a [[person]]. L'addebito SEPA però viene rifiutato con codice AC01. Ci date una mano?""",
"""scusate la fretta, ho provato con l'utente di collaudo (user: [[username]]) e la pwd è [[password]] ma la SCA si blocca al passaggio dell'OTP.
codice OTP ricevuto via SMS: [[otp]] — inserito entro 30 secondi, risposta 422.""",
"""Vi allego la stringa di connessione che usa il nostro worker per leggere le notifiche (forse il problema è lì):

DATABASE_URL=postgres://pagaflow_app:[[password_url]]@[[dbhost]]:5432/payments

Il webhook per [[payid]] ci arriva due volte.""",
"""abbiamo un problema con la chiamata di refresh. Mandiamo:
grant_type=refresh_token&refresh_token=[[refresh]]&client_id=[[clientid]]
e riceviamo invalid_grant. Il refresh token è stato emesso stamattina alle 9.""",
"""per la verifica vi passo l'header così com'è:
Authorization: Basic [[basic]]
la risposta è {"error":"invalid_client"}. Request id [[reqid]].""",
"""Gentile supporto,
di seguito i dati del conto su cui accreditare: ABI [[abi]], CAB [[cab]], conto corrente n. [[conto_it]] presso [[bankname]], filiale di [[city]]. Il bonifico di prova da [[amount]] non è mai arrivato.""",
"""ti mando la chiave privata che usiamo per firmare le richieste (lo so, lo so...) perché il vostro endpoint risponde signature invalid:

[[pem]]

il kid registrato sul portale è [[kid]].""",
"""la nostra chiave API di produzione [[apikey]] sembra non avere i permessi per /v2/refunds: riceviamo 403 insufficient_scope. Il merchant id è [[merchantid]].""",
"""ragazzi mi sa che ho incollato per sbaglio nel log che vi ho mandato anche la chiave Stripe: [[stripe_sk]]. La revoco subito. Comunque il problema vero è che il vostro webhook ci arriva con 30 secondi di ritardo.""",
"""ecco la configurazione del nostro .env (tolgo solo le righe inutili):

PAGAFLOW_ENV=sandbox
PAGAFLOW_CLIENT_ID=[[clientid]]
PAGAFLOW_CLIENT_SECRET=[[csecret]]
PAGAFLOW_WEBHOOK_URL=https://[[shophost]]/hooks/pagaflow
AWS_ACCESS_KEY_ID=[[aws_akid]]
AWS_SECRET_ACCESS_KEY=[[aws_secret]]

Il deploy parte ma al primo pagamento va in timeout.""",
"""Il cliente ha pagato con la carta [[card]] ma nel vostro pannello vedo l'importo di [[amount]] addebitato due volte. Transazioni [[payid]] e [[payid_2]].""",
"""ho fatto login nel vostro portale sviluppatori con [[email]] / [[password]] ma non vedo l'app di produzione. Dovrebbe esserci l'app con client id [[clientid]], creata dal mio collega [[dev2_first]].""",
"""per riprodurre:
curl -X POST https://[[apihost]]/oauth/token -u "[[userpass]]" -d grant_type=client_credentials
risponde 401 sempre, anche dopo aver rigenerato il secret.""",
"""l'utente [[person]] (IBAN [[iban]]) lamenta un doppio addebito del [[date]]. Mandato SEPA [[mandate]]. Potete verificare se la richiesta di rimborso [[refundid]] è partita?""",
"""Ho riprovato col PIN della carta di test ([[pin4]]) e il challenge 3DS mi dice "autenticazione fallita". Il numero della carta è [[card]]. Sbaglio qualcosa io?""",
"""vi incollo il cookie della sessione del back-office così vedete cosa succede:
Cookie: [[sesscookie]]
(lo so che non dovrei, poi faccio logout e lo invalido) La pagina dei rimborsi va in 500.""",
"""il vostro collega mi ha chiesto le credenziali dell'utente di test dell'open banking.
Utente: [[username]]
Password: [[password]]
PIN dispositivo: [[pin5]]
Grazie""",
"""la password del db di staging è sempre quella: [[password]]. ma il problema non è il db, è che la vostra API ci risponde 429 dopo 10 richieste al minuto.""",
"""Vi scrivo per conto dell'amministrazione: per l'accredito delle commissioni usate il conto con BBAN [[bban_it]], intestato a [[company]]. La fattura di riferimento è la [[invoice]].""",
"""per il bonifico SEPA verso il fornitore tedesco abbiamo BLZ [[blz]] e Kontonummer [[kto_de]], ma la vostra API vuole l'IBAN. Lo calcolate voi o dobbiamo convertirlo noi? Ho provato con [[iban_de]] e dice invalid creditor account.""",
"""Il cliente francese ci ha dato il RIB: [[rib_fr]] ([[bankname_fr]]). Come lo passiamo nel campo creditorAccount? Nella doc vedo solo IBAN.""",
"""cliente spagnolo, CCC [[ccc_es]], la vostra validazione lo rifiuta. L'IBAN corrispondente sarebbe [[iban_es]]. Grazie!""",
"""ti confermo che il token che ci avete dato funziona in sandbox ma non in prod. Quello di prod è questo:
[[opaque]]
e risponde 401 invalid_token. Il client id è [[clientid]].""",
"""ho inserito il codice SCA [[otp]] ricevuto per SMS al numero [[phone]], ma il consenso [[uuid]] resta in stato received.""",
"""Abbiamo configurato la GitHub Action per il deploy con il token [[github]] e il secret del client [[csecret]] scritti nel workflow (sì, in chiaro, lo sposteremo). Da quando l'abbiamo fatto il callback OAuth non funziona più.""",
"""allora, riassumo:
1) client id [[clientid]]
2) secret [[csecret]]
3) redirect uri https://[[shophost]]/oauth/callback
Il problema è che dopo il consenso ci arriva un code che, scambiato, dà invalid_grant.""",
"""Per favore inviatemi la fattura di [[month]] per la P.IVA [[piva]]. Ah, già che ci siete: la carta aziendale su cui addebitare il canone è la [[card]] con CVC [[cvv]].""",
"""Carissimi, riprovo a spiegare. Il nostro server invia

POST /v1/payments HTTP/1.1
Host: [[apihost]]
Authorization: Bearer [[token]]
Idempotency-Key: [[uuid]]
Content-Type: application/json

{"amount": [[amount_cents]], "currency": "EUR", "source": {"number": "[[card_plain]]", "exp_month": [[expm]], "exp_year": [[expy]], "cvc": "[[cvv]]"}}

e la risposta è 500. Da voi cosa si vede?""",
"""per accedere alla VPN del vostro ambiente di collaudo uso la passphrase "[[passphrase]]" ma da lunedì non entra più. Mi dice auth failed.""",
"""Vi segnalo che ho ricevuto tre volte il codice di conferma ([[otp]]) ma la pagina resta bianca. Il PIN del token fisico è [[pin5]], non so se serve.""",
"""nel tentativo di diagnosticare ho recuperato dal Keychain il client secret: [[csecret]]
Lo usiamo con il client [[clientid]] in prod. L'errore invalid_client c'è dal [[date]].""",
"""eccolo il dump della config (config.yaml):

pagaflow:
  base_url: https://[[apihost]]/v2
  client_id: [[clientid]]
  client_secret: "[[csecret]]"
  timeout_ms: 30000
db:
  user: shop
  password: '[[password]]'

il timeout scatta comunque dopo 10 secondi""",
"""la chiave per il servizio mail che passiamo al vostro webhook relay è [[sendgrid]], non so se vi serve. Il problema è che le notifiche payment.succeeded non arrivano.""",
"""vi giro quanto mi ha scritto il cliente finale: "Buongiorno, vi riscrivo l'iban: [[iban_it]] grazie". Il rimborso [[refundid]] era fallito con AC04.""",
"""volevo allegare lo screenshot ma non riesco, ve lo scrivo: numero carta [[card]], intestatario [[person]], scadenza [[expiry]]. L'autorizzazione torna 05 Do not honor.""",
"""per il test del payout verso UK: sort code [[sortcode]], account number [[acct_uk]], beneficiario [[person_en]]. La vostra API risponde "invalid account".""",
"""dopo l'aggiornamento del certificato mTLS abbiamo anche cambiato la password del keystore, ora è [[password]] — ma l'handshake fallisce con bad_certificate.""",
"""le credenziali del portale merchant sono: utente [[email]] pw: [[password]]. Il nostro commercialista non riesce a scaricare i report di [[month]].""",
"""ho controllato: il JWT che ci arriva dal vostro authorization server è questo:

[[jwt]]

ma jwt.io dice che la firma non è valida con la chiave del JWKS. Il kid è [[kid]].""",
"""il mio collega ha rigenerato il secret stamattina. Quello nuovo è [[csecret]], il vecchio l'abbiamo revocato. Ora però va in errore il refresh con il token [[refresh]].""",
"""urgente: in produzione gli incassi sono fermi.
token: [[token]]
client: [[clientid]]
ultimo request id: [[reqid]]
chiamateci al [[phone]]""",
"""vi mando le credenziali per il file di riconciliazione: sftp://[[ftpuser]]:[[password_url]]@[[ftphost]]/in/ . Il file del [[date]] non è stato elaborato.""",
"""Abbiamo 2 utenti PSU di test: il primo con IBAN [[iban_it]] e il secondo con IBAN [[iban]]. Per entrambi il consenso AIS scade subito dopo la creazione.""",
"""ti passo la API key di Google Maps che usiamo nel checkout: [[google]]. Da quando la vostra pagina di pagamento è in iframe la mappa non carica.""",
"""la nostra app mobile salva in chiaro il refresh token (sì, lo sistemiamo), ecco quello dell'utente che ha il problema: [[refresh]]
L'errore è token_revoked ma l'utente non ha fatto logout.""",
"""per l'accesso al db di replica: host [[dbhost]] utente report password [[password]] — ma è la query sui pagamenti del [[date]] che non torna con il vostro export.""",
"""ci serve il rimborso parziale di [[amount]] sull'ordine [[order]]. Il cliente chiede l'accredito sull'IBAN [[iban]] invece che sulla carta [[masked_card]].""",
"""La password per aprire lo zip con i log è [[password]]. Dentro trovate anche la richiesta con request id [[reqid]].""",
"""ho seguito la vostra guida per il webhook e ho messo questo come signing secret: [[csecret]]
però la verifica HMAC fallisce sempre. L'header che arriva è Pagaflow-Signature: t=[[epoch]],v1=[[sha256]]""",
"""Salve, sono [[dev_first]] di [[company]]. Il nostro cliente ha bisogno di cambiare IBAN di accredito, il nuovo è
[[iban_it]]
e la P.IVA resta [[piva]]. Come procediamo? Va fatto da portale o lo fate voi?""",
"""Buonasera, vi scrivo dal telefono scusate il formato. Il token che usa l'app è [[token]] — sempre 401 da stasera alle [[time]].""",
"""in allegato niente perché il client di posta blocca i .env, lo incollo:
SPT_API_KEY=[[apikey]]
SPT_WEBHOOK_SECRET=[[csecret]]
SLACK_BOT_TOKEN=[[slack]]
LOG_LEVEL=debug""",
"""La password provvisoria che ci avete mandato ([[password]]) non funziona, il portale dice credenziali non valide. Utente [[email]].""",
"""ho provato a passare il token come query string perché l'header veniva tagliato dal proxy:
https://[[apihost]]/v1/accounts?access_token=[[opaque]]
ma ora risponde 400.""",
"""La banca dell'utente ci dice che il conto di appoggio è ABI [[abi]] CAB [[cab]] n. [[conto_it]], ma la vostra API vuole l'IBAN e non sappiamo calcolare il CIN.""",
"""anche con la carta [[card]] (Amex aziendale, codice a 4 cifre sul fronte [[cvv]]) il pagamento non passa: 3DS version not supported.""",
"""il conto del beneficiario è [[iban]] ma il nome non corrisponde (verifica VoP fallita). L'utente dice che è cointestato con la moglie.""",
"""In fondo alla mail trovate le credenziali del nostro ambiente di test, servono per riprodurre:
URL: https://staging.[[shophost]]/admin
utente: admin
password: [[password]]
Il pagamento da riprodurre è [[payid]].""",
"""mi hanno detto di mandare il token di accesso per farvi vedere lo scope, eccolo:
"access_token": "[[jwt]]",
"token_type": "Bearer",
"expires_in": 3600""",
"""il codice di sblocco arrivato via SMS è [[otp]], ma l'app dice codice scaduto dopo neanche un minuto. Il telefono del cliente è [[phone]].""",
"""Vi chiedo di verificare la chiave che usiamo per chiamare OpenAI dal nostro servizio di riconciliazione, è [[openai]]. Scherzo, non è vostra competenza 😅 però il vostro export CSV ha l'encoding sbagliato.""",
"""ho dovuto mettere il token GitLab [[gitlab]] nel pipeline per scaricare il vostro SDK dal registry privato. È quello il modo giusto? Ci date accesso al gruppo?""",
"""stiamo migrando la firma delle richieste su un service account. Il file JSON che ci ha dato il vostro onboarding è questo (tolgo solo l'indirizzo email):

{
  "type": "service_account",
  "client_id": "[[clientid]]",
  "private_key_id": "[[sha1]]",
  "private_key": "[[pem_json]]",
  "token_uri": "https://[[apihost]]/oauth/token"
}

con questa chiave l'assertion JWT viene rifiutata con invalid_client_assertion.""",
"""la configurazione del nostro deployment su Kubernetes per il modulo di firma è:

apiVersion: v1
kind: Secret
metadata:
  name: pagaflow-signing
stringData:
  signing.key: |
    [[pem_yaml]]
  kid: "[[kid]]"

il pod parte ma la firma JWS della richiesta di pagamento viene rifiutata (errore FORMAT_ERROR).""",
"""vi mando la risposta completa di /oauth/token così vedete lo scope:

{"access_token":"[[jwt]]","token_type":"Bearer","expires_in":3600,"refresh_token":"[[refresh]]","scope":"accounts:read payments:write"}

il problema è che dopo 10 minuti il refresh restituisce invalid_grant.""",
"""Buongiorno, vi scrivo un riepilogo dettagliato perché il problema va avanti da una settimana.

CONTESTO
Siamo [[company]], e-commerce con circa 3.000 ordini al giorno. Usiamo la vostra API v2 per i pagamenti con carta e il flusso PISP per i bonifici.

COSA SUCCEDE
Dal [[date]] circa il 4% dei pagamenti con carta fallisce con 502 dopo 29 secondi. Non dipende dal circuito: abbiamo visto lo stesso errore su Visa e Mastercard.

COME RIPRODURRE
1. token: POST /oauth/token con client [[clientid]] e secret [[csecret]]
2. creazione pagamento con carta di test [[card]], scadenza [[expiry]], CVV [[cvv]]
3. conferma con 3DS: il challenge si apre, inseriamo l'OTP [[otp]] e la pagina resta in caricamento

LOG (estratto)
[[time]] POST /v2/payments 201 req=[[reqid]]
[[time_2]] POST /v2/payments/[[payid]]/confirm 502 req=[[reqid_2]]

COSA ABBIAMO GIÀ PROVATO
- aumentato il timeout lato nostro a 60s
- disattivato il retry automatico dell'SDK (v[[version]])
- verificato l'orario del server (NTP ok)

Ci potete dire se vedete le richieste dal vostro lato? Se serve siamo disponibili per una call anche oggi pomeriggio.""",
"""Il cliente ha pagato con la carta [[card]] e ci chiede lo storno perché ha visto due addebiti. Ci ha anche scritto il codice di sicurezza ([[cvv]]) "nel caso servisse", ovviamente non lo usiamo.""",
"""per l'SFTP di riconciliazione usiamo la chiave qui sotto, ma il server risponde "Permission denied (publickey)":

[[pem]]

l'utente è [[ftpuser]] e l'host [[ftphost]]. La chiave pubblica l'abbiamo caricata sul portale il [[date]].""",
"""compilo qui perché il form del portale non salva:
Ragione sociale: [[company]]
P.IVA: [[piva]]
Banca: [[bankname]]
Coordinate: ABI [[abi]] - CAB [[cab]] - C/C [[conto_it]]
IBAN: [[iban_it]]
Referente: [[dev]] ([[phone]])""",
"""vi metto le prime righe del file di bonifici che va in errore:

beneficiario;iban;importo;causale
[[person]];[[iban_it]];[[amount_cents]];Rimborso ordine [[order]]
[[person_2]];[[iban_2]];[[amount_cents_2]];Rimborso ordine [[order_2]]

la riga 2 dà "creditor account invalid", le altre 300 passano.""",
"""per il fornitore spagnolo il numero di conto che abbiamo in anagrafica è il vecchio CCC [[ccc_es]]. Va bene per i bonifici o serve per forza l'IBAN?""",
"""la passphrase della chiave GPG per decifrare il file di riconciliazione è: [[passphrase]]
il file però risulta corrotto, gpg dice "decryption failed: Bad session key". File del [[date]], [[sha256]].""",
]

IT_POS_CHAT = [
"""D: ciao, qualcuno c'è? ho un 401 su /oauth/token
S: Ciao [[dev_first]], sì dimmi pure. Hai un request id?
D: [[reqid]]
D: e questo è il secret che passo: [[csecret]]
S: Ok, però per favore non incollare il secret qui, rigeneralo appena puoi. Vedo che il client [[clientid]] è di sandbox e tu chiami la prod.
D: ahhh ecco. grazie!""",
"""D: @[[agent_first]] il cliente di test non riceve l'sms
S: che numero ha?
D: [[phone]]. cmq l'ultimo codice che gli è arrivato era [[otp]], quello di ieri
S: ok, verifico il provider SMS""",
"""D: ti incollo la curl
D: curl -H "Authorization: Bearer [[token]]" https://[[apihost]]/v1/accounts
S: risponde 403 perché il consenso [[uuid]] è scaduto il [[date]]
D: ok rinnovo""",
"""D: mi passi la password dell'utente demo?
D2: [[password]]
D2: ah no scusa, non dovevo scriverla qui
S: Esatto 🙂 la cambiamo noi. @[[dev2_first]] ti mando quella nuova in privato.""",
"""D: la carta di test [[card]] mi dà sempre declined
S: quella carta è configurata per simulare fondi insufficienti, usane un'altra del documento di test
D: ok, provo con [[card_2]]
D: niente, stesso errore. payment id [[payid]]""",
"""D: buongiorno, il bonifico al cliente non parte. IBAN [[iban_it]]
S: Buongiorno! Che errore vedi nella risposta?
D: {"code":"AC01","message":"IncorrectAccountNumber"}
S: L'IBAN sembra corretto, apro una segnalazione interna. Ti aggiorno entro oggi.""",
"""D: ho fatto il base64 di client_id:secret come da doc: [[basic]]
D: e comunque mi dà invalid_client
S: c'è un a capo alla fine della stringa prima dell'encoding?
D: ...sì. che vergogna. grazie""",
"""D: qualcuno sa perché il webhook secret non viene accettato? è [[whsec]]
S: quello è il secret di Stripe, non il nostro 😅 il nostro lo trovi in Impostazioni > Webhook
D: ops. lo ruoto subito""",
"""D: ciao, la sessione del back office scade ogni 5 minuti
D: il cookie è PHPSESSID=[[phpsess]]
S: grazie, ma non serve il valore del cookie: dimmi solo l'orario e il tuo utente
D: [[time]], utente [[email]]""",
"""D: ho il pin del terminale POS che non funziona, è [[pin4]]
S: il PIN del terminale va cambiato dal portale, non possiamo vederlo noi
D: ok grazie""",
"""D: ragazzi il refresh token dura solo 10 minuti?
D: eccone uno appena emesso: [[refresh]]
S: Per policy dura 90 giorni, controllo... vedo che il client ha offline_access disabilitato""",
"""D: la stringa di connessione a redis è redis://default:[[password_url]]@[[dbhost]]:6379/0
D: la cache dei token non si svuota mai
S: Non è un problema nostro però proviamo a capire: che TTL mettete?
D: 3600, come l'expires_in""",
"""D: ciao [[agent_first]], ti giro la chiave privata del certificato QWAC di test
D: [[pem]]
S: Ciao! Per favore non inviarla in chat, considerala compromessa e generane un'altra. Per il test mi basta il certificato pubblico.""",
"""D: il cliente ha dettato il numero di carta al telefono e l'operatore l'ha scritto così: [[card]]
D: il pagamento MOTO però viene rifiutato
S: che codice di risposta?
D: 14 invalid card number, ma il Luhn torna""",
"""D: per il payout usiamo IT o l'iban tedesco del fornitore? [[iban_de]]
D2: quello tedesco, l'altro è chiuso
S: ok, per i payout SEPA va bene qualunque IBAN SEPA""",
"""D: buongiorno, avete visto che i pagamenti SEPA sono lenti?
S: Buongiorno [[dev_first]], sì, c'è un incidente aperto sul circuito, ETA un'ora
D: ok. intanto ho un altro problema: il cliente vuole cambiare iban di addebito
D: il nuovo è [[iban_it]]
S: Va fatto creando un nuovo mandato, il vecchio [[mandate]] va revocato
D: lo posso fare da API?
S: sì, POST /v1/mandates e poi DELETE sul vecchio
D2: scusate se mi inserisco, per il test in sandbox quale utente usiamo?
D: quello di sempre, [[username]] / [[password]]
S: Vi chiedo di non scrivere le password qui, il canale è condiviso con altri nostri partner 🙏
D: giusto, scusa. la cambio
D2: ok grazie, provo dopo pranzo
S: per il mandato, se vi serve un esempio di payload ve lo mando
D: sì grazie
S: {"debtor_account": {"iban": "<IBAN>"}, "scheme": "CORE", "sequence": "RCUR"}
D: perfetto""",
]

IT_NEG = [
"""da stamattina tutte le chiamate a [[endpoint]] tornano 401 invalid_token. Il token lo generiamo con client_credentials e ha scadenza 3600 secondi, quindi non dovrebbe essere scaduto.
Request id: [[reqid]], [[reqid_2]]
Client id: [[clientid]]""",
"""ho rigenerato il client secret dal portale ma l'app continua a usare quello vecchio. Il secret lo leggiamo con os.environ["PAGAFLOW_CLIENT_SECRET"], quindi dovrebbe bastare riavviare il pod, giusto?""",
"""il cliente ha sbagliato il PIN tre volte e ora la carta risulta bloccata (ultime cifre [[last4]]). Come si sblocca in sandbox? Pagamento [[payid]].""",
"""il pagamento [[payid]] di [[amount]] del [[date]] risulta addebitato ma da voi è in stato failed. Ordine [[order]], carta [[masked_card]]. Potete verificare?""",
"""allego il log (ho oscurato il token):

[[time]] POST /v2/payments -> 401
Authorization: Bearer [REDACTED]
X-Request-Id: [[uuid]]
traceparent: [[traceparent]]

grazie""",
"""per l'accredito usate pure le coordinate già registrate: BIC [[bic]], ABI [[abi]] CAB [[cab]]. Il resto ve lo comunica l'amministrazione al telefono.""",
"""Vi segnalo che l'IBAN [[bad_iban]] che ci ha dato il cliente viene rifiutato dalla vostra API con "invalid checksum". Anche a me il calcolo non torna, probabilmente ha sbagliato una cifra. Ve lo dico solo per conferma.""",
"""nel nostro codice il token lo prendiamo così:

```js
const token = process.env.PAGAFLOW_TOKEN;
const res = await fetch(`${BASE_URL}/v1/payments`, { headers: { Authorization: `Bearer ${token}` } });
```

e il risultato è 401. La variabile è valorizzata, ho controllato con un console.log della lunghezza.""",
"""il nostro responsabile sicurezza chiede dove vengono salvati i client secret lato vostro e se sono cifrati a riposo. Ci mandate la documentazione? Serve per l'audit di [[month]].""",
"""Il codice OTP via SMS non arriva agli utenti con numero estero (es. [[phone_en]]). In Italia funziona. Le richieste sono [[reqid]] e [[reqid_2]].""",
"""Fattura n. [[invoice]] – P.IVA [[piva]] – CF [[cf]]. Importo [[amount]], scadenza [[date]]. Non ci risulta il pagamento, potete controllare?""",
"""il commit che ha introdotto il problema è [[sha1]] (rollback fatto). L'immagine in produzione ora è registry.gitlab.com/[[slug]]/shop@sha256:[[sha256]].""",
"""dopo il cambio password del portale non riesco più a entrare: dice "password scaduta" anche se l'ho appena cambiata. Utente [[email]]. Ho provato anche da un altro browser.""",
"""con la carta di test che finisce con [[last4]] il challenge 3DS non compare. Con le altre sì. Payment [[payid]].""",
"""nella config abbiamo:

client_id: [[clientid]]
client_secret: ${PAGAFLOW_CLIENT_SECRET}
token_url: https://[[apihost]]/oauth/token

quindi il secret viene da vault. l'errore però è "unsupported_grant_type".""",
"""la documentazione dice di mettere <YOUR_CLIENT_SECRET> nell'header ma non dice in che formato, va in base64? Ho provato a mettere Authorization: Basic base64(client_id:client_secret) come scritto e niente.""",
"""L'utente dice di aver inserito il PIN errato tre volte e l'app gli chiede di reimpostarlo. È normale che la vostra SCA blocchi dopo 3 tentativi? Consent id [[uuid]].""",
"""Il numero d'ordine è [[order]], tel. cliente [[phone]], importo [[amount]]. Il webhook payment.refunded con id [[evtid]] non è mai arrivato.""",
"""il token è scaduto alle [[time]] e il refresh ha restituito un nuovo access token correttamente, però la chiamata successiva dà ancora 401. Usiamo la vostra libreria ufficiale v[[version]].""",
"""vi inoltro l'estratto del log del nostro API gateway (i dati sensibili li maschera il gateway):

[[date_iso]]T[[time]]Z INFO req=[[reqid]] client=[[clientid]] card=[[masked_card]] amount=[[amount_cents]] status=402
[[date_iso]]T[[time_2]]Z INFO req=[[reqid_2]] client=[[clientid]] iban=[[masked_iban]] status=201""",
"""abbiamo cambiato la partita IVA a seguito di fusione: la nuova è [[piva]]. Vanno aggiornati i dati di fatturazione dell'account [[merchantid]].""",
"""chiedevo: la chiave pubblica per verificare i webhook è questa?
-----BEGIN PUBLIC KEY-----
[[pubkey_body]]
-----END PUBLIC KEY-----
perché la verifica della firma fallisce.""",
"""il vostro JWKS espone una chiave con kid [[kid]] ma i token che riceviamo hanno un kid diverso. Non vi mando il token ovviamente, ma l'header decodificato è {"alg":"RS256","typ":"JWT","kid":"[[kid_2]]"}.""",
"""la firma del webhook che riceviamo è:
Pagaflow-Signature: t=[[epoch]],v1=[[sha256]]
ma il calcolo HMAC con il nostro signing secret (letto da getenv("PAGAFLOW_WEBHOOK_SECRET")) dà un valore diverso.""",
"""vorremmo sapere se il cliente può pagare con una carta prepagata. Il BIN è [[bin]], emessa da [[bankname]].""",
"""ho visto che nel ticket precedente un mio collega ha incollato una password: l'abbiamo già cambiata, potete cancellare il messaggio? Ticket [[ticket]].""",
"""per il bonifico istantaneo mi serve sapere il cut-off. Il BIC della nostra banca è [[bic]] e il conto è già censito sul vostro portale (ultime cifre [[last4]]).""",
"""ci risulta che il campo "password" nel body di /v1/users venga loggato in chiaro dal vostro SDK in modalità debug. Potete confermare? Versione SDK [[version]], request [[reqid]].""",
"""il codice errore è SCA_REQUIRED, la transazione [[payid]] da [[amount]] richiede autenticazione forte. L'utente ha ricevuto il codice OTP ma dice che era già scaduto (5 minuti). Si può allungare la validità?""",
"""nel vostro esempio curl c'è -u "YOUR_CLIENT_ID:YOUR_CLIENT_SECRET" ma con i nostri valori risponde 400. Il client è [[clientid]]. Stiamo usando la chiamata corretta?""",
"""carta di test [[badluhn]] — il vostro form dice "numero non valido" ed è giusto, l'ho copiata male dalla documentazione. Quale devo usare per simulare il 3DS frictionless?""",
"""vi confermo che il pagamento [[payid]] è stato stornato. Il nostro numero di pratica è [[order]]. Per qualsiasi cosa chiamatemi al [[phone]].""",
"""il cliente ci ha mandato via mail le credenziali della sua home banking (!!). Ovviamente non le inoltriamo e gli abbiamo detto di cambiarle subito. Ma come colleghiamo il conto tramite AIS se [[bankname]] non compare nell'elenco delle banche?""",
"""stiamo ricevendo invalid_scope richiedendo scope=payments:write accounts:read. Il client [[clientid]] ha gli scope abilitati secondo il portale. Timestamp [[date_iso]] [[time]], request id [[reqid]].""",
"""```python
import os, requests
resp = requests.post(
    f"{os.environ['PAGAFLOW_BASE_URL']}/oauth/token",
    auth=(os.environ['PAGAFLOW_CLIENT_ID'], os.environ['PAGAFLOW_CLIENT_SECRET']),
    data={'grant_type': 'client_credentials'},
    timeout=10,
)
print(resp.status_code, resp.headers.get('x-request-id'))
```
stampa 401 [[uuid]]. Cosa può essere?""",
"""Il secret ci è stato comunicato via PEC il [[date]], l'abbiamo salvato in Azure Key Vault e l'app lo legge con [[env_read]]. Da quando l'abbiamo ruotato riceviamo invalid_client. Client [[clientid]].""",
"""Vi scrivo perché l'utente [[person]] non riesce a completare l'accesso: ha inserito il codice ricevuto via SMS ma il sistema dice "codice non valido". Il numero registrato è [[phone]]. Consenso [[uuid]].""",
"""Il webhook ci arriva con questo body, lo incollo intero:
{"id":"[[evtid]]","type":"payment.failed","data":{"payment_id":"[[payid]]","amount":[[amount_cents]],"currency":"EUR","card":{"brand":"visa","last4":"[[last4]]","exp":"[[expiry]]"},"failure_code":"insufficient_funds"},"created":[[epoch]]}
Il problema è che created è nel futuro di un'ora.""",
"""per il mandato SDD [[mandate]] abbiamo IBAN mascherato [[masked_iban]] e BIC [[bic]]. L'incasso del [[date]] è stato rifiutato con MD01. Il cliente dice di aver firmato.""",
"""Dove trovo il client secret per la sandbox? Nel portale vedo solo il client id ([[clientid]]) e un pulsante "Rigenera" che non voglio premere a caso.""",
"""il nostro pentester segnala che il vostro endpoint /oauth/token accetta il client secret anche in query string. Non vi mando esempi con valori reali, ma la richiesta era tipo ?client_id=...&client_secret=... Potete disabilitarlo?""",
"""Per i pagamenti ricorrenti usiamo il token di carta [[payid]] salvato in fase di primo pagamento, senza il PAN. È corretto che il CVV non venga richiesto?""",
"""la carta [[masked_card]] risulta scaduta ([[expiry]]) ma il cliente dice che l'ha rinnovata. Dobbiamo chiedergli di reinserirla o c'è l'account updater?""",
"""Il codice fiscale dell'intestatario è [[cf]], la partita IVA [[piva]]. Ci serve sapere se la verifica KYC per l'account [[merchantid]] è conclusa.""",
"""Ho provato a loggarmi al portale con la password nuova ma dice "troppi tentativi". Potete sbloccare l'utente [[email]]? Non ricordo quale password avevo messo la prima volta.""",
"""Buongiorno, vi scrivo un riepilogo dettagliato perché il problema va avanti da una settimana.

CONTESTO
Siamo [[company]], e-commerce con circa 3.000 ordini al giorno. Usiamo la vostra API v2 per i pagamenti con carta e il flusso PISP per i bonifici. Client id di produzione [[clientid]] (il secret è in vault e viene ruotato ogni 90 giorni).

COSA SUCCEDE
Dal [[date]] circa il 4% dei pagamenti fallisce con 502 dopo 29 secondi. Non dipende dal circuito.

COME RIPRODURRE
1. token con client_credentials (funziona, expires_in 3600)
2. creazione pagamento con la carta di test che finisce per [[last4]]
3. conferma con 3DS: il challenge si apre, l'OTP viene inserito e la pagina resta in caricamento

LOG (estratto)
[[time]] POST /v2/payments 201 req=[[reqid]]
[[time_2]] POST /v2/payments/[[payid]]/confirm 502 req=[[reqid_2]] traceparent=[[traceparent]]

COSA ABBIAMO GIÀ PROVATO
- aumentato il timeout lato nostro a 60s
- disattivato il retry automatico dell'SDK (v[[version]])
- verificato l'orario del server (NTP ok)
- build [[sha1]] e build precedente: stesso comportamento

Riferimenti: ordine [[order]], importo [[amount]], ticket precedente [[ticket]].
Se serve siamo disponibili per una call, il mio numero è [[phone]].""",
"""la chiave privata per la firma JWS la generiamo noi con openssl e la teniamo in un HSM; a voi abbiamo caricato solo il certificato (fingerprint SHA-256 [[sha256]]). Il kid che usiamo è [[kid]]. È corretto che non dobbiamo mandarvi nient'altro?""",
"""Per curiosità: il refresh token che ricevete da noi va salvato cifrato? Nel nostro DB ora è in chiaro e l'auditor ce l'ha segnalato. Non vi mando esempi ovviamente.""",
]

IT_NEG_CHAT = [
"""D: ciao, il token mi scade dopo 5 minuti invece che 60
S: ciao! mi mandi il request id della chiamata a /oauth/token? non il token 🙏
D: [[reqid]]
S: grazie, vedo expires_in=300 perché il client [[clientid]] è configurato così. Lo cambio io.""",
"""D: ho sbagliato il PIN tre volte sul terminale di test
S: nessun problema, lo resetto. È il terminale [[tid]]?
D: sì esatto
S: fatto 👍""",
"""D: qualcuno ha la password dell'utente demo del portale?
S: Non la mandiamo in chat, la trovi nel vault del team sotto "pagaflow-demo"
D: trovata, grazie""",
"""D: pagamento [[payid]] fermo in PENDING
S: vedo il callback della banca con esito ok alle [[time]], forzo la riconciliazione
D: grazie mille
D: ora è SUCCEEDED""",
"""D: quale IBAN uso per i test dei bonifici in sandbox?
S: uno qualsiasi formalmente valido, l'ambiente non muove soldi. Non usare IBAN reali dei clienti.
D: avevo messo [[bad_iban]] ma dice checksum errato
S: eh sì, le due cifre di controllo sono sbagliate""",
"""D: [[agent_first]] il secret è rigenerato, ora va 👍
S: perfetto, chiudo il ticket [[ticket]]
D: grazie, buona serata""",
"""D: la variabile CLIENT_SECRET nel container è vuota
S: come la passate?
D: ${{ secrets.PAGAFLOW_CLIENT_SECRET }} nella action
S: il secret è definito a livello environment "production" e il job non ha environment: production""",
"""D: il cliente dice che l'sms con il codice arriva dopo 10 min
S: numero?
D: [[phone]], operatore Iliad
S: ok, segnalo al provider, c'è un ritardo noto da stamattina""",
"""D: ragazzi ma il token va messo con Bearer davanti o senza?
D2: con Bearer e uno spazio
S: confermo, Authorization: Bearer <token>
D: ok era quello, lo mettevo senza""",
"""D: il rimborso [[refundid]] di [[amount]] è partito?
S: sì, accreditato sulla carta [[masked_card]] il [[date]]
D: perfetto, lo dico al cliente""",
]

IT_SUPPORT_ASK = [
"""Buongiorno [[dev_first]],
grazie per la segnalazione. Per poter verificare ci servirebbe il request id della chiamata (header X-Request-Id della risposta) e l'orario esatto. Vi chiediamo di non inviare token o secret nei ticket.

Cordiali saluti,
[[agent]]
Supporto Tecnico Pagaflow""",
"""Ciao, puoi mandarci l'header completo della richiesta? Così capiamo se il problema è il formato.
[[agent_first]]""",
"""Buongiorno, abbiamo bisogno di qualche dettaglio in più: ambiente (sandbox o produzione), client id e un esempio della chiamata che fallisce.

Grazie,
[[agent]] – Pagaflow Developer Support""",
"""Ciao [[dev_first]], stiamo indagando. Nel frattempo ci confermi che l'errore si presenta anche con un token appena emesso?""",
"""Gentile cliente, la sua richiesta [[ticket]] è stata presa in carico. Riceverà una risposta entro 24 ore lavorative.
Team Supporto""",
"""Ciao, per il problema dei bonifici ci servono i dati del beneficiario così come li passate nella chiamata (l'IBAN potete mascherarlo tranne le ultime 4 cifre).""",
"""Buongiorno, il pagamento che indicate non risulta nei nostri sistemi. Potete indicarci il payment id (formato pay_...) e l'importo?

[[agent]]""",
"""Ciao [[dev_first]], per verificare il problema della SCA ci serve sapere a che ora è stato richiesto il codice e su quale numero. Il codice in sé non serve, anzi non mandarlo.""",
]

IT_TOP = [
"""Ciao [[dev_first]],
ti chiediamo di revocare subito il secret incollato qui sotto: per sicurezza l'abbiamo già invalidato noi. Il problema dipendeva dallo scope mancante, ora abilitato.

[[agent]]""",
"""Aggiornamento: abbiamo risolto, era un problema di orologio sul server (4 minuti di differenza). Potete chiudere.""",
"""Nessuna novità? Il problema c'è anche oggi.""",
"""Buongiorno, il team ha verificato: le chiamate arrivano senza header Content-Type. Vi invitiamo a ripetere il test e a farci sapere.

Saluti,
[[agent]]""",
"""Ciao, vi riscrivo sotto per completezza, mi ero dimenticato un pezzo.""",
"""Buongiorno, sollecito. I clienti stanno chiamando il nostro call center.""",
"""Grazie [[dev_first]], abbiamo i dati che ci servono. Per favore la prossima volta non inviate dati di carte o IBAN dei clienti in chiaro: li abbiamo rimossi dal ticket. Vi aggiorniamo appena abbiamo novità.""",
"""Ciao [[agent_first]], aggiungo il mio collega [[dev2_first]] in copia, segue lui da domani.""",
]

IT_SUBJECTS = ['Errore 401 su /oauth/token', 'R: problema pagamenti in produzione', 'Bonifico non arrivato',
               'Richiesta supporto integrazione PSD2', 'URGENTE incassi bloccati', 'Re: [{t}] SCA non funziona',
               'webhook duplicati', 'Rimborso cliente', 'Domanda su client secret', 'I: credenziali ambiente test',
               'R: R: token scaduto?', 'Pagamento rifiutato carta di test', 'Configurazione sandbox', 'Payout verso UK',
               'Consenso AIS scade subito', 'Fatturazione e dati account']


# --------------------------------------------------------------------------
# hand-written scenes: English
# --------------------------------------------------------------------------

EN_POS = [
"""we keep getting 401 on [[endpoint]]. Here are the headers we send:

Authorization: Bearer [[jwt]]
X-Request-Id: [[uuid]]
Accept: application/json

The token was minted a minute before the call. What are we missing?""",
"""Quick one: our client id is [[clientid]] and the secret is [[csecret]] — can you check on your side whether it's still active? Token calls fail with invalid_client since this morning.""",
"""The test customer used card [[card]] exp [[expiry]] CVV [[cvv]] and the payment [[payid]] has been stuck in PENDING for two days.""",
"""One of our users sent us their IBAN for the refund: [[iban]] (account holder [[person]]). The SEPA credit transfer gets rejected with AC01 though. Any idea?""",
"""Tried with the UAT user again — username [[username]], password is [[password]] — and the SCA step hangs after the OTP. The SMS code was [[otp]], entered within 20 seconds, response 422.""",
"""Here's the connection string our webhook worker uses, maybe that's the problem:

DATABASE_URL=postgresql://pagaflow:[[password_url]]@[[dbhost]]:5432/webhooks

We are receiving each event twice.""",
"""Refresh isn't working. We POST
grant_type=refresh_token&refresh_token=[[refresh]]&client_id=[[clientid]]
and get invalid_grant back. That refresh token was issued at 9am today.""",
"""pasting the header exactly as our proxy logs it:
Authorization: Basic [[basic]]
Response: {"error":"invalid_client","error_description":"Client authentication failed"}. Request id [[reqid]].""",
"""Please send the payout to sort code [[sortcode]], account number [[acct_uk]] ([[bankname]]). The payout API returns "beneficiary account invalid" when we try it ourselves.""",
"""I know I shouldn't, but here's the signing key so you can reproduce the signature mismatch:

[[pem]]

The kid we registered is [[kid]].""",
"""Our live API key [[apikey]] gets 403 insufficient_scope on /v2/refunds. Merchant [[merchantid]]. Did the scopes change?""",
"""Oops, the log I sent earlier also contained our Stripe key ([[stripe_sk]]). Rotating it now. Anyway, the real issue is that your webhooks arrive 30s late.""",
"""Here's our .env (trimmed):

PGF_ENV=production
PGF_CLIENT_ID=[[clientid]]
PGF_CLIENT_SECRET=[[csecret]]
PGF_WEBHOOK_URL=https://[[shophost]]/webhooks/pagaflow
AWS_ACCESS_KEY_ID=[[aws_akid]]
AWS_SECRET_ACCESS_KEY=[[aws_secret]]

Deploy succeeds but the first payment times out.""",
"""The customer paid with [[card]] and your dashboard shows [[amount]] captured twice: [[payid]] and [[payid_2]].""",
"""I logged into the developer portal with [[email]] / [[password]] but the production app isn't there. It should be the one with client id [[clientid]] that [[dev2_first]] created.""",
"""To reproduce:
curl -sS -X POST https://[[apihost]]/oauth/token -u '[[userpass]]' -d 'grant_type=client_credentials'
Always 401, even after rotating the secret.""",
"""Customer [[person]] (IBAN [[iban]]) says they were debited twice on [[date]]. Mandate [[mandate]]. Can you check if refund [[refundid]] went out?""",
"""Tried the test card's PIN ([[pin4]]) and the 3DS challenge says authentication failed. Card number is [[card]]. What am I doing wrong?""",
"""Here's the back-office session cookie so you can see what's going on:
Cookie: [[sesscookie]]
(yes I'll log out afterwards to kill it) The refunds page throws a 500.""",
"""Your colleague asked for the open banking sandbox user:
User: [[username]]
Password: [[password]]
Device PIN: [[pin5]]
Thanks!""",
"""staging db pwd hasn't changed, it's [[password]]. But the db isn't the problem, your API is returning 429 after 10 requests/minute.""",
"""For the German supplier we have BLZ [[blz]] and Kontonummer [[kto_de]], but your API wants an IBAN. Do you convert it or should we? I tried [[iban_de]] and got invalid creditor account.""",
"""French customer gave us their RIB: [[rib_fr]] ([[bankname_fr]]). How do we pass that in creditorAccount? The docs only mention IBAN.""",
"""Spanish customer, CCC [[ccc_es]] — your validation rejects it. The matching IBAN should be [[iban_es]].""",
"""The token you issued works in sandbox but not prod. Prod one is:
[[opaque]]
returns 401 invalid_token. Client id [[clientid]].""",
"""I entered the SCA code [[otp]] that arrived by SMS on [[phone]], but consent [[uuid]] stays in status received.""",
"""We set up the deploy GitHub Action with token [[github]] and the client secret [[csecret]] inline in the workflow (yes, in plain text, will move them). Since then the OAuth callback fails.""",
"""Recap:
1. client id: [[clientid]]
2. client secret: [[csecret]]
3. redirect uri: https://[[shophost]]/oauth/callback
After consent we receive a code, and exchanging it gives invalid_grant.""",
"""Could you send the [[month]] invoice again? Our VAT number is [[vat_uk]]. Also the company card for the subscription is [[card]], CVC [[cvv]].""",
"""Let me try again. Our server sends

POST /v1/payments HTTP/1.1
Host: [[apihost]]
Authorization: Bearer [[token]]
Idempotency-Key: [[uuid]]
Content-Type: application/json

{"amount": [[amount_cents]], "currency": "GBP", "card": {"number": "[[card_plain]]", "exp_month": [[expm]], "exp_year": [[expy]], "cvc": "[[cvv]]"}}

and gets a 500. What do you see on your end?""",
"""The VPN to your UAT environment uses the passphrase "[[passphrase]]" and it stopped working on Monday (auth failed).""",
"""Got the confirmation code three times ([[otp]]) but the page stays blank. The hardware token PIN is [[pin5]] if that matters.""",
"""While debugging I pulled the client secret from the keychain: [[csecret]]
We use it with client [[clientid]] in production. invalid_client since [[date]].""",
"""config dump (application.yml):

pagaflow:
  base-url: https://[[apihost]]/v2
  client-id: [[clientid]]
  client-secret: "[[csecret]]"
  connect-timeout: 5s
spring:
  datasource:
    username: shop
    password: '[[password]]'

the timeout still fires after 10 seconds""",
"""The mail key we forward to your webhook relay is [[sendgrid]], in case it helps. The actual problem: payment.succeeded notifications never arrive.""",
"""Forwarding what the end customer wrote: "Hi, here is my IBAN again: [[iban]] thanks". Refund [[refundid]] had failed with AC04.""",
"""Couldn't attach the screenshot, so typing it: card number [[card]], cardholder [[person]], expiry [[expiry]]. Authorization returns 05 Do not honor.""",
"""After renewing the mTLS certificate we also changed the keystore password to [[password]] — and now the handshake fails with bad_certificate.""",
"""Merchant portal login is [[email]], pw [[password]]. Our accountant can't download the [[month]] reports.""",
"""I checked: the JWT your authorization server gives us is

[[jwt]]

and jwt.io says the signature doesn't verify with the JWKS key. kid is [[kid]].""",
"""My colleague rotated the secret this morning; the new one is [[csecret]] and the old one is revoked. Now refresh fails with token [[refresh]].""",
"""URGENT: payments down in prod.
token: [[token]]
client: [[clientid]]
last request id: [[reqid]]
call us on [[phone]]""",
"""Credentials for the reconciliation drop: sftp://[[ftpuser]]:[[password_url]]@[[ftphost]]/inbound/ — the file for [[date]] wasn't processed.""",
"""We have two test PSUs: one with IBAN [[iban_gb]] and one with [[iban]]. For both the AIS consent expires right after creation.""",
"""Our Google Maps key for the checkout is [[google]]. Since your payment page moved into an iframe the map doesn't load.""",
"""Our mobile app stores the refresh token in plain text (fixing it, I promise); here's the affected user's: [[refresh]]
Error is token_revoked but the user never logged out.""",
"""Replica DB: host [[dbhost]], user report, password [[password]] — but the mismatch is between your export and the payments of [[date]].""",
"""We need a partial refund of [[amount]] on order [[order]]. The customer wants it to IBAN [[iban]] instead of the card [[masked_card]].""",
"""The password for the zip with the logs is [[password]]. It includes the request with id [[reqid]].""",
"""Followed your webhook guide and set this as the signing secret: [[csecret]]
but HMAC verification always fails. The header we get: Pagaflow-Signature: t=[[epoch]],v1=[[sha256]]""",
"""Hi, [[dev_first]] from [[company]] here. Our client needs to change their payout account, the new one is
[[iban_gb]]
Company number stays the same. Portal or do you do it?""",
"""Sent from my phone, sorry for the format. The app token is [[token]] — 401 since [[time]] tonight.""",
"""our mail client blocks .env attachments so pasting it:
SPT_API_KEY=[[apikey]]
SPT_WEBHOOK_SECRET=[[csecret]]
SLACK_BOT_TOKEN=[[slack]]
LOG_LEVEL=debug""",
"""The temporary password you sent ([[password]]) doesn't work, the portal says invalid credentials. User [[email]].""",
"""Tried passing the token in the query string because our proxy truncates the header:
https://[[apihost]]/v1/accounts?access_token=[[opaque]]
now it's a 400.""",
"""Even with [[card]] (company Amex, 4-digit code on the front is [[cvv]]) the payment fails: 3DS version not supported.""",
"""Beneficiary account is [[iban]] but the name doesn't match (VoP check failed). The user says it's a joint account.""",
"""Test environment credentials at the bottom, you'll need them to reproduce:
URL: https://staging.[[shophost]]/admin
user: admin
password: [[password]]
Payment to reproduce: [[payid]].""",
"""I was told to send the access token so you can see the scopes, here:
"access_token": "[[jwt]]",
"token_type": "Bearer",
"expires_in": 3600""",
"""The unlock code from the SMS was [[otp]], but the app says expired after less than a minute. Customer's phone is [[phone]].""",
"""Mi collega alemán me pasó esto — sorry, mixing languages. Our German ops guy wrote: "Passwort für den Testnutzer: [[password]]". That user can't complete the redirect flow on [[apihost]].""",
"""From our Paris office: "le mot de passe du compte sandbox est [[password]]" — and with it the login to the bank simulator fails after the first screen.""",
"""The Spanish team says the contraseña for the demo shop is [[password]]. Checkout there fails at the payment step with [[status]].""",
"""Had to put the GitLab token [[gitlab]] into the pipeline to pull your SDK from the private registry. Is that the right way? Can you give us access to the group instead?""",
"""Our finance team asked me to add the settlement account: sort code and account [[sortacct_uk]], [[bankname]]. Where in the dashboard do I put it? I only see IBAN.""",
"""Just realised the Slack alert we forward to you includes our bot token, [[slack]]. Please ignore / delete. The alert itself is about 502s from [[endpoint]].""",
"""we're moving request signing to a service account. The JSON your onboarding team sent us (email removed):

{
  "type": "service_account",
  "client_id": "[[clientid]]",
  "private_key_id": "[[sha1]]",
  "private_key": "[[pem_json]]",
  "token_uri": "https://[[apihost]]/oauth/token"
}

With this key the JWT assertion is rejected: invalid_client_assertion.""",
"""our Helm values for the signing sidecar:

signer:
  enabled: true
  privateKey: |
    [[pem_yaml]]
  keyId: "[[kid]]"

the pod starts, but the JWS signature of the payment request is rejected (FORMAT_ERROR).""",
"""full /oauth/token response so you can see the scope:

{"access_token":"[[jwt]]","token_type":"Bearer","expires_in":3600,"refresh_token":"[[refresh]]","scope":"accounts:read payments:write"}

after 10 minutes refresh returns invalid_grant.""",
"""Hi all, writing up a full summary since this has been going on for a week.

CONTEXT
We're [[company]], ~3,000 orders a day. We use your v2 API for card payments and the PISP flow for bank transfers.

WHAT HAPPENS
Since [[date]] about 4% of card payments fail with a 502 after 29 seconds, regardless of scheme.

STEPS TO REPRODUCE
1. token: POST /oauth/token with client [[clientid]] and secret [[csecret]]
2. create payment with test card [[card]], expiry [[expiry]], CVV [[cvv]]
3. confirm with 3DS: challenge opens, we enter OTP [[otp]] and the page keeps spinning

LOG (excerpt)
[[time]] POST /v2/payments 201 req=[[reqid]]
[[time_2]] POST /v2/payments/[[payid]]/confirm 502 req=[[reqid_2]]

ALREADY TRIED
- raised our timeout to 60s
- disabled SDK auto-retry (v[[version]])
- checked server clock (NTP fine)

Can you see the requests on your side? Happy to jump on a call this afternoon.""",
"""The customer paid with [[card]] and wants a chargeback for a double debit. They even emailed us the security code ([[cvv]]) "in case you need it" — we obviously won't use it.""",
"""for the reconciliation SFTP we use the key below, but the server says "Permission denied (publickey)":

[[pem]]

user is [[ftpuser]], host [[ftphost]]. We uploaded the public key in the portal on [[date]].""",
"""filling it in here because the portal form won't save:
Company: [[company]]
Company no.: [[tid]]
Bank: [[bankname]]
Sort code / account: [[sortacct_uk]]
IBAN: [[iban_gb]]
Contact: [[dev]] ([[phone]])""",
"""here's the payout batch that failed (CSV, first rows):

beneficiary,sort_code,account_number,amount,reference
[[person]],[[sortcode]],[[acct_uk]],[[amount_cents]],INV-[[tid]]
[[person_2]],[[sortcode_2]],[[acct_uk_2]],[[amount_cents_2]],INV-[[tid_2]]

rows 1 and 2 fail with invalid_account, the rest go through.""",
"""The French supplier's bank details on file are the old RIB [[rib_fr]] — fine for transfers or do we need the IBAN?""",
"""the GPG passphrase for the reconciliation file is: [[passphrase]]
but gpg says "decryption failed: Bad session key". File from [[date]], sha256 [[sha256]].""",
]

EN_POS_CHAT = [
"""D: hey, anyone around? 401 on /oauth/token
S: Hi [[dev_first]], yep. Got a request id?
D: [[reqid]]
D: and this is the secret I'm sending: [[csecret]]
S: Thanks, but please don't paste secrets here — rotate it when you can. Client [[clientid]] is a sandbox client and you're calling prod.
D: ahh. thanks!""",
"""D: @[[agent_first]] test customer isn't getting the SMS
S: which number?
D: [[phone]]. the last code they got was [[otp]], yesterday's
S: ok, checking the SMS provider""",
"""D: here's the curl
D: curl -H "Authorization: Bearer [[token]]" https://[[apihost]]/v1/accounts
S: 403 because consent [[uuid]] expired on [[date]]
D: ok renewing""",
"""D: can someone share the demo user password?
D2: [[password]]
D2: oh wait, shouldn't have posted that here
S: Correct 🙂 we'll rotate it. @[[dev2_first]] I'll DM you the new one.""",
"""D: test card [[card]] is always declined
S: that one simulates insufficient funds, use another from the test cards page
D: ok trying [[card_2]]
D: same error. payment id [[payid]]""",
"""D: morning, payout to the customer won't go through. IBAN [[iban]]
S: Morning! What error do you get?
D: {"code":"AC01","message":"IncorrectAccountNumber"}
S: IBAN looks fine to me, raising it internally. Will update you today.""",
"""D: I base64'd client_id:secret as per docs: [[basic]]
D: still invalid_client
S: is there a trailing newline before encoding?
D: ...yes. embarrassing. thanks""",
"""D: why isn't the webhook secret accepted? it's [[whsec]]
S: that's your Stripe secret, not ours 😅 ours is under Settings > Webhooks
D: oops. rotating it""",
"""D: back office session expires every 5 min
D: cookie is PHPSESSID=[[phpsess]]
S: thanks, but I don't need the cookie value — just the time and your user
D: [[time]], user [[email]]""",
"""D: my POS terminal PIN doesn't work, it's [[pin4]]
S: terminal PINs are changed from the portal, we can't see them
D: ok thanks""",
"""D: folks, does the refresh token really only last 10 minutes?
D: here's one issued just now: [[refresh]]
S: Policy is 90 days, checking... your client has offline_access disabled""",
"""D: redis connection string is redis://default:[[password_url]]@[[dbhost]]:6379/0
D: token cache never clears
S: Not on our side but let's see: what TTL do you set?
D: 3600, same as expires_in""",
"""D: [[agent_first]], sending the private key of the test QWAC cert
D: [[pem]]
S: Hi! Please don't send that over chat — treat it as compromised and generate a new one. The public cert is all I need.""",
"""D: customer read their card number over the phone and the agent typed [[card]]
D: the MOTO payment is declined
S: response code?
D: 14 invalid card number, but Luhn checks out""",
"""D: for the payout do we use the IT account or the supplier's German IBAN? [[iban_de]]
D2: the German one, the other is closed
S: fine, any SEPA IBAN works for SEPA payouts""",
"""D: morning, are SEPA payments slow for you too?
S: Morning [[dev_first]], yes, there's an open incident with the scheme, ETA one hour
D: ok. meanwhile another thing: customer wants to change their debit IBAN
D: new one is [[iban]]
S: That needs a new mandate, the old one [[mandate]] has to be revoked
D: can I do that via API?
S: yes, POST /v1/mandates then DELETE the old one
D2: sorry to jump in, which user do we use for sandbox tests?
D: the usual one, [[username]] / [[password]]
S: Please don't post passwords here, this channel is shared with other partners 🙏
D: right, sorry. changing it
D2: ok thanks, will test after lunch
S: for the mandate, happy to send an example payload
D: yes please
S: {"debtor_account": {"iban": "<IBAN>"}, "scheme": "CORE", "sequence": "RCUR"}
D: perfect""",
]

EN_NEG = [
"""since this morning every call to [[endpoint]] returns 401 invalid_token. We get the token via client_credentials with expires_in 3600, so it shouldn't be expired.
Request ids: [[reqid]], [[reqid_2]]
Client id: [[clientid]]""",
"""I regenerated the client secret in the portal but the app keeps using the old one. We read it with os.environ["PAGAFLOW_CLIENT_SECRET"], so restarting the pod should be enough, right?""",
"""the customer entered the wrong PIN three times and the card is now blocked (last digits [[last4]]). How do we unblock it in sandbox? Payment [[payid]].""",
"""payment [[payid]] for [[amount]] on [[date]] was charged but shows as failed on your side. Order [[order]], card [[masked_card]].""",
"""log attached (token redacted):

[[time]] POST /v2/payments -> 401
Authorization: Bearer [REDACTED]
X-Request-Id: [[uuid]]
traceparent: [[traceparent]]

thanks""",
"""please use the bank details already on file: BIC [[bic]]. Finance will give you the rest over the phone.""",
"""the IBAN [[bad_iban]] the customer gave us is rejected by your API with "invalid checksum". My own check fails too, they probably mistyped a digit. Just confirming.""",
"""this is how we read the token:

```ts
const token = process.env.PAGAFLOW_TOKEN!;
const res = await fetch(`${baseUrl}/v1/payments`, { headers: { Authorization: `Bearer ${token}` } });
```

and it's a 401. The variable is set, I logged its length.""",
"""our security lead wants to know where you store client secrets and whether they're encrypted at rest. Can you send the docs? Needed for our [[month]] audit.""",
"""SMS OTP doesn't reach some of our users abroad (e.g. [[phone]]). Requests [[reqid]] and [[reqid_2]].""",
"""Invoice [[invoice]] – VAT [[vat_uk]] – amount [[amount]], due [[date]]. We don't see the payment, can you check?""",
"""the commit that introduced the bug is [[sha1]] (rolled back). Prod now runs ghcr.io/[[slug]]/checkout@sha256:[[sha256]].""",
"""after changing my portal password I can't log in: it says "password expired" even though I just changed it. User [[email]].""",
"""with the test card ending [[last4]] the 3DS challenge doesn't show. With the others it does. Payment [[payid]].""",
"""our config:

client_id: [[clientid]]
client_secret: ${PAGAFLOW_CLIENT_SECRET}
token_url: https://[[apihost]]/oauth/token

so the secret comes from Vault. Error is "unsupported_grant_type".""",
"""the docs say to put <YOUR_CLIENT_SECRET> in the header but not the format — base64? I tried Authorization: Basic base64(client_id:client_secret) as written, no luck.""",
"""user says they entered the wrong PIN three times and the app asks them to reset it. Is it expected that your SCA locks after 3 attempts? Consent id [[uuid]].""",
"""Order [[order]], customer phone [[phone]], amount [[amount]]. The payment.refunded webhook with id [[evtid]] never arrived.""",
"""the token expired at [[time]] and the refresh returned a new access token fine, but the next call is still 401. We use your official library v[[version]].""",
"""excerpt from our API gateway log (the gateway masks sensitive fields):

[[date_iso]]T[[time]]Z INFO req=[[reqid]] client=[[clientid]] card=[[masked_card]] amount=[[amount_cents]] status=402
[[date_iso]]T[[time_2]]Z INFO req=[[reqid_2]] client=[[clientid]] iban=[[masked_iban]] status=201""",
"""is this the public key for webhook verification?
-----BEGIN PUBLIC KEY-----
[[pubkey_body]]
-----END PUBLIC KEY-----
signature verification keeps failing.""",
"""your JWKS exposes kid [[kid]] but the tokens we receive carry a different one. Not sending the token obviously, but the decoded header is {"alg":"RS256","typ":"JWT","kid":"[[kid_2]]"}.""",
"""the webhook signature we receive:
Pagaflow-Signature: t=[[epoch]],v1=[[sha256]]
but HMAC with our signing secret (read via getenv("PAGAFLOW_WEBHOOK_SECRET")) gives a different value.""",
"""can customers pay with a prepaid card? BIN is [[bin]], issued by [[bankname]].""",
"""a colleague pasted a password in the previous ticket — we've already changed it, can you delete that message? Ticket [[ticket]].""",
"""what's the cut-off for instant payouts? Our bank's BIC is [[bic]] and the account is already registered in the portal (ends [[last4]]).""",
"""we noticed your SDK logs the "password" field of /v1/users in plain text in debug mode. Can you confirm? SDK [[version]], request [[reqid]].""",
"""error code SCA_REQUIRED, transaction [[payid]] for [[amount]] needs strong auth. The user got the OTP but says it had already expired (5 minutes). Can the validity be extended?""",
"""your curl example has -u "YOUR_CLIENT_ID:YOUR_CLIENT_SECRET" but with our values it's a 400. Client [[clientid]]. Are we calling the right thing?""",
"""test card [[badluhn]] — your form says "invalid number" and fair enough, I copied it wrong from the docs. Which one simulates frictionless 3DS?""",
"""confirming payment [[payid]] was reversed. Our case number is [[order]]. Call me on [[phone]] if needed.""",
"""a customer emailed us their online banking login (!!). We won't forward it and told them to change it immediately. But how do we link the account via AIS if [[bankname]] isn't in your bank list?""",
"""we're getting invalid_scope requesting scope=payments:write accounts:read. Client [[clientid]] has those scopes enabled according to the portal. Timestamp [[date_iso]] [[time]], request id [[reqid]].""",
"""```python
import os, requests
resp = requests.post(
    f"{os.environ['PAGAFLOW_BASE_URL']}/oauth/token",
    auth=(os.environ['PAGAFLOW_CLIENT_ID'], os.environ['PAGAFLOW_CLIENT_SECRET']),
    data={"grant_type": "client_credentials"},
    timeout=10,
)
print(resp.status_code, resp.headers.get("x-request-id"))
```
prints 401 [[uuid]]. Ideas?""",
"""We keep the secret in AWS Secrets Manager and the service reads it with [[env_read]]. Since rotation we get invalid_client. Client [[clientid]].""",
"""User [[person]] can't finish login: they typed the code from the SMS but get "invalid code". Registered number [[phone]]. Consent [[uuid]].""",
"""The webhook body, pasted in full:
{"id":"[[evtid]]","type":"payment.failed","data":{"payment_id":"[[payid]]","amount":[[amount_cents]],"currency":"GBP","card":{"brand":"mastercard","last4":"[[last4]]","exp":"[[expiry]]"},"failure_code":"insufficient_funds"},"created":[[epoch]]}
Problem: created is one hour in the future.""",
"""For DD mandate [[mandate]] we have masked IBAN [[masked_iban]] and BIC [[bic]]. The collection on [[date]] was rejected with MD01. Customer says they signed.""",
"""Where do I find the sandbox client secret? The portal only shows the client id ([[clientid]]) and a "Regenerate" button I don't want to press blindly.""",
"""Our pentester reports that /oauth/token also accepts the client secret in the query string. Not sending real values, but the request looked like ?client_id=...&client_secret=... Can you disable that?""",
"""For recurring payments we use the card token [[payid]] saved on the first payment, no PAN stored. Is it right that CVV isn't asked again?""",
"""card [[masked_card]] shows as expired ([[expiry]]) but the customer says it was renewed. Ask them to re-enter it, or is there an account updater?""",
"""Tried logging in with the new password but it says "too many attempts". Can you unlock [[email]]? I don't remember which password I set the first time.""",
"""Our sort code is [[sortcode]] — just for the direct debit originator setup, the account number is already in the portal. SUN/OIN is the one on the [[date]] letter.""",
"""Where do we put the API key in the request — X-Api-Key header or Authorization: Bearer? The docs show both. We're using {{api_key}} as a Postman variable for now.""",
"""Rotated all credentials after the incident on [[date]]. New secrets are in our vault; the app reads them at startup via [[env_read]]. Everything green except the payouts job, which still gets 401.""",
"""Hi all, writing up a full summary since this has been going on for a week.

CONTEXT
We're [[company]], ~3,000 orders a day. We use your v2 API for card payments and the PISP flow for bank transfers. Production client id [[clientid]] (secret lives in Vault, rotated every 90 days).

WHAT HAPPENS
Since [[date]] about 4% of payments fail with a 502 after 29 seconds.

STEPS TO REPRODUCE
1. token via client_credentials (works, expires_in 3600)
2. create payment with the test card ending [[last4]]
3. confirm with 3DS: challenge opens, OTP is entered and the page keeps spinning

LOG (excerpt)
[[time]] POST /v2/payments 201 req=[[reqid]]
[[time_2]] POST /v2/payments/[[payid]]/confirm 502 req=[[reqid_2]] traceparent=[[traceparent]]

ALREADY TRIED
- raised our timeout to 60s
- disabled SDK auto-retry (v[[version]])
- checked server clock (NTP fine)
- build [[sha1]] and the previous build: same behaviour

Refs: order [[order]], amount [[amount]], previous ticket [[ticket]].
Happy to jump on a call, I'm on [[phone]].""",
"""We generate the JWS signing key ourselves with openssl and keep it in an HSM; we only uploaded the certificate to you (SHA-256 fingerprint [[sha256]]). Our kid is [[kid]]. Is it right that we don't need to send anything else?""",
"""Quick question: should the refresh token we get from you be stored encrypted? Right now it's plain text in our DB and the auditor flagged it. Not sending examples, obviously.""",
]

EN_NEG_CHAT = [
"""D: hey, my token expires after 5 minutes instead of 60
S: hi! can you send the request id of the /oauth/token call? not the token 🙏
D: [[reqid]]
S: thanks — expires_in=300 because client [[clientid]] is configured that way. Changing it now.""",
"""D: I fat-fingered the PIN three times on the test terminal
S: no worries, resetting. Terminal [[tid]]?
D: yep
S: done 👍""",
"""D: does anyone have the password for the portal demo user?
S: We don't share it over chat, it's in the team vault under "pagaflow-demo"
D: found it, thanks""",
"""D: payment [[payid]] stuck in PENDING
S: I see the bank callback with OK at [[time]], forcing reconciliation
D: thanks a lot
D: it's SUCCEEDED now""",
"""D: which IBAN should we use for sandbox transfer tests?
S: any formally valid one, sandbox doesn't move money. Don't use real customer IBANs.
D: I used [[bad_iban]] and got checksum error
S: yeah, the check digits are wrong""",
"""D: [[agent_first]] secret regenerated, works now 👍
S: great, closing ticket [[ticket]]
D: thanks, have a good evening""",
"""D: CLIENT_SECRET is empty inside the container
S: how do you pass it?
D: ${{ secrets.PAGAFLOW_CLIENT_SECRET }} in the action
S: the secret is scoped to the "production" environment and your job has no environment: production""",
"""D: customer says the SMS with the code arrives after 10 min
S: number?
D: [[phone]]
S: ok, flagging it to the provider, there's a known delay since this morning""",
"""D: does the token go with Bearer in front or not?
D2: Bearer plus a space
S: confirmed, Authorization: Bearer <token>
D: that was it, I was sending it bare""",
"""D: did refund [[refundid]] for [[amount]] go out?
S: yes, credited to card [[masked_card]] on [[date]]
D: perfect, telling the customer""",
]

EN_SUPPORT_ASK = [
"""Hi [[dev_first]],

Thanks for reaching out. To look into this we need the request id (X-Request-Id response header) and the exact time of the call. Please don't include tokens or secrets in tickets.

Kind regards,
[[agent]]
Pagaflow Developer Support""",
"""Hi, could you send the full request headers? That way we can tell whether it's a formatting issue.
[[agent_first]]""",
"""Hello, we need a bit more detail: environment (sandbox or production), client id and an example of the failing call.

Thanks,
[[agent]] – Pagaflow Support""",
"""Hi [[dev_first]], we're investigating. In the meantime, can you confirm the error also happens with a freshly issued token?""",
"""Dear customer, your request [[ticket]] has been received. We will get back to you within one business day.
Support Team""",
"""Hi, for the transfer issue we need the beneficiary details exactly as you send them in the call (you can mask the IBAN except for the last 4 digits).""",
"""Hello, we can't find that payment. Could you give us the payment id (pay_... format) and the amount?

[[agent]]""",
"""Hi [[dev_first]], to check the SCA issue we need to know when the code was requested and to which number. We don't need the code itself — please don't send it.""",
]

EN_TOP = [
"""Hi [[dev_first]],
please revoke the secret pasted below right away — we've already invalidated it on our side to be safe. The issue was a missing scope, now enabled.

[[agent]]""",
"""Update: fixed, it was clock skew on our server (4 minutes). You can close this.""",
"""Any news? Still happening today.""",
"""Hello, our team checked: your calls arrive without a Content-Type header. Please retry and let us know.

Regards,
[[agent]]""",
"""Hi, re-sending below for completeness, I had left something out.""",
"""Chasing this — customers are calling our support line.""",
"""Thanks [[dev_first]], we have what we need. Next time please don't send customers' card numbers or IBANs in clear: we've removed them from the ticket. We'll update you as soon as we know more.""",
"""Hi [[agent_first]], adding my colleague [[dev2_first]] in cc, they'll take over from tomorrow.""",
]

EN_SUBJECTS = ['401 on /oauth/token', 'RE: production payments failing', 'Payout not received',
               'PSD2 integration question', 'URGENT: payments down', 'Re: [{t}] SCA not working',
               'Duplicate webhooks', 'Customer refund', 'Question about client secret', 'FW: test environment access',
               'RE: RE: token expired?', 'Test card declined', 'Sandbox setup', 'UK payouts', 'AIS consent expires immediately',
               'Billing details']


# one-liners, pasted as they are (a chat line, a ticket comment)
IT_SHORT_POS = [
"la pwd dell'utente sandbox è [[password]]",
"codice OTP ricevuto via SMS: [[otp]]",
"iban del cliente [[iban]] grazie",
"ti giro il secret: [[csecret]]",
"token nuovo: [[token]]",
"il pin è [[pin4]] ma il terminale dice PIN errato",
"carta [[card]] cvv [[cvv]] scad [[expiry]]",
"pw db: [[password]] (utente: readonly)",
"questo è il refresh che fallisce: [[refresh]]",
"Authorization: Bearer [[opaque]] <- questo va in 401",
"la password è \"[[password]]\", con le virgolette no",
"codice arrivato: [[otp]], inserito subito, errore comunque",
]
IT_SHORT_NEG = [
"token scaduto di nuovo, request id [[reqid]]",
"PIN errato tre volte, carta bloccata. Che si fa?",
"ho rigenerato il client secret, ora funziona",
"pagamento [[payid]] ancora in pending",
"l'sms con l'OTP non arriva, numero [[phone]]",
"IBAN mascherato [[masked_iban]], rimborso da [[amount]]",
"la password del portale è scaduta, come la resetto?",
"Authorization: Bearer <token> — così va bene?",
"client id [[clientid]], errore invalid_client da stamattina",
"commit [[sha1]] in prod, il 401 è sparito",
"carta [[masked_card]] rifiutata con codice 51",
"ordine [[order]] pagato due volte, [[amount]]",
]
EN_SHORT_POS = [
"sandbox user pwd is [[password]]",
"SMS code received: [[otp]]",
"customer iban [[iban]] thx",
"here's the secret: [[csecret]]",
"new token: [[token]]",
"pin is [[pin4]] but the terminal says wrong PIN",
"card [[card]] cvv [[cvv]] exp [[expiry]]",
"db pw: [[password]] (user: readonly)",
"this is the refresh token that fails: [[refresh]]",
"Authorization: Bearer [[opaque]] <- this one gets 401",
"password is \"[[password]]\" without the quotes",
"got code [[otp]], typed it right away, still error",
]
EN_SHORT_NEG = [
"token expired again, request id [[reqid]]",
"wrong PIN three times, card blocked. What now?",
"regenerated the client secret, works now",
"payment [[payid]] still pending",
"OTP SMS not arriving, number [[phone]]",
"masked IBAN [[masked_iban]], refund of [[amount]]",
"portal password expired, how do I reset it?",
"Authorization: Bearer <token> — is that right?",
"client id [[clientid]], invalid_client since this morning",
"commit [[sha1]] is in prod, the 401 is gone",
"card [[masked_card]] declined with code 51",
"order [[order]] charged twice, [[amount]]",
]


# --------------------------------------------------------------------------
# envelopes: e-mail, thread, forward, ticket, chat
# --------------------------------------------------------------------------

IT_FIRST_REPORT = [
    "da ieri sera le chiamate verso la vostra API falliscono in modo intermittente. Ci potete aiutare?",
    "abbiamo un problema con l'integrazione, vi scrivo i dettagli appena li ho.",
    "i pagamenti di alcuni clienti non vanno a buon fine e non capiamo se il problema è nostro o vostro.",
    "stiamo avendo errori di autenticazione in sandbox, potete dare un'occhiata?",
    "vi scrivo per un problema sui rimborsi del mese scorso.",
]
EN_FIRST_REPORT = [
    "since last night calls to your API fail intermittently. Can you help?",
    "we have an issue with the integration, I'll send details as soon as I have them.",
    "some customers' payments fail and we can't tell whether it's on our side or yours.",
    "we're getting auth errors in sandbox, could you take a look?",
    "writing about a problem with last month's refunds.",
]
GREET = {
    'it': ['Buongiorno,', 'Ciao,', 'Salve,', 'Ciao [[agent_first]],', 'Buongiorno [[agent_first]],', 'Gentile supporto,',
           'Spett.le Pagaflow,', 'Ciao a tutti,', 'Buonasera,', 'Ciao ragazzi,', 'Gentili,'],
    'en': ['Hi,', 'Hello,', 'Hi team,', 'Hi [[agent_first]],', 'Dear Support,', 'Hello Pagaflow team,', 'Hey folks,',
           'Good morning,', 'Hi there,', 'Hi all,'],
}
CLOSE = {
    'it': ['Grazie,', 'Grazie mille', 'Saluti,', 'Cordiali saluti,', 'Un saluto,', 'Grazie in anticipo,',
           'Buona giornata,', 'A presto,', 'Grazie e buon lavoro', 'Resto in attesa, grazie.'],
    'en': ['Thanks,', 'Thanks in advance,', 'Best regards,', 'Cheers,', 'Kind regards,', 'Many thanks,', 'Best,',
           'Thanks!', 'Regards,'],
}
DISCLAIMER = {
    'it': ["Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono contenere "
           "informazioni riservate. Se avete ricevuto questo messaggio per errore vi preghiamo di cancellarlo e di darne "
           "comunicazione al mittente.",
           "AVVISO DI RISERVATEZZA: le informazioni contenute in questa e-mail sono riservate e trattate ai sensi del "
           "Regolamento UE 2016/679 (GDPR). È vietata qualsiasi diffusione non autorizzata.",
           "Prima di stampare questa e-mail pensa all'ambiente."],
    'en': ["CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the "
           "addressee. If you have received it in error, please notify the sender and delete it.",
           "This message may contain privileged information. Unauthorised use, disclosure or copying is prohibited.",
           "Please consider the environment before printing this email."],
}
GREET_RE = re.compile(r'^(ciao|buongiorno|buonasera|salve|gentil|carissim|spett|hi\b|hello|hey|dear|good morning|morning)', re.I)


def signature(ctx):
    it = ctx.lang == 'it'
    name = '%s %s' % ctx.dev
    role = pick(IT_ROLES if it else EN_ROLES)
    x = R.randint(0, 7)
    if x == 0:
        return name
    if x == 1:
        return ctx.dev[0]
    if x == 2:
        extra = ' | P.IVA %s' % piva() if it else ''
        return '--\n%s\n%s | %s\nTel. %s%s' % (name, role, ctx.company, phone(ctx.lang), extra)
    if x == 3:
        if it:
            return '%s\n%s\n%s %d, %05d %s' % (name, ctx.company, pick(IT_STREETS), R.randint(1, 120),
                                                R.randint(10000, 98100), pick(IT_CITIES))
        return '%s\n%s\n%d %s, London' % (name, ctx.company, R.randint(1, 200), pick(['High Street', 'King Street', 'Old Street']))
    if x == 4:
        return '%s – %s\nM: %s\nwww.%s' % (name, role, phone(ctx.lang), ctx.domain)
    if x == 5:
        return '%s\n%s' % (ctx.dev[0], pick(['Inviato da iPhone', 'Inviato da Outlook per Android', 'Inviato dal mio smartphone'])
                           if it else pick(['Sent from my iPhone', 'Sent from Outlook for Android', 'Get Outlook for iOS']))
    if x == 6:
        return '%s | %s\n%s' % (name, ctx.company, ('Cod. Fisc. e P.IVA %s' % piva()) if it else ('VAT %s' % ('GB' + rd(9))))
    return '%s\n%s @ %s' % (name, role, ctx.company)


def part(ctx, tmpl):
    before = len(ctx.secrets)
    text = ctx.fill(tmpl)
    return text, list(ctx.secrets[before:])


def join_parts(parts, sep='\n'):
    return sep.join(p[0] for p in parts), [s for p in parts for s in p[1]]


def quote(p):
    text, secs = p
    q = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    return q, [(k, v.replace('\n', '\n> ')) for k, v in secs]


def lit(text):
    return text, []


def dev_mail(ctx, tmpl, greet=True, close=True, sig=True):
    body = part(ctx, tmpl)
    text = body[0]
    parts = []
    if greet and not GREET_RE.match(text):
        parts.append(part(ctx, pick(GREET[ctx.lang]) + '\n'))
        if chance(0.5):
            text = text[0].upper() + text[1:]
    parts.append((text, body[1]))
    tail = []
    if close:
        tail.append(pick(CLOSE[ctx.lang]))
    if sig:
        tail.append(signature(ctx))
        if chance(0.18):
            tail.append('\n' + pick(DISCLAIMER[ctx.lang]))
    if tail:
        parts.append(lit('\n' + '\n'.join(tail)))
    return join_parts(parts)


def when(ctx, back_days=0):
    d = ctx.date - datetime.timedelta(days=back_days)
    return d, hhmm()


def attribution(ctx, person, email, d, t):
    name = '%s %s' % person
    if ctx.lang == 'it':
        return pick([
            'Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:' % (IT_DAYS[d.weekday()][:3], d.day, IT_MONTHS[d.month - 1][:3], d.year, t, name, email),
            'Il %02d/%02d/%d %s, %s ha scritto:' % (d.day, d.month, d.year, t, name),
            'Il giorno %d %s %d, alle ore %s, %s <%s> ha scritto:' % (d.day, IT_MONTHS[d.month - 1], d.year, t, name, email),
            '%s <%s> ha scritto il %02d/%02d/%d alle %s:' % (name, email, d.day, d.month, d.year, t),
        ])
    return pick([
        'On %s, %d %s %d at %s, %s <%s> wrote:' % (EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year, t, name, email),
        'On %02d/%02d/%d %s, %s wrote:' % (d.day, d.month, d.year, t, name),
        'On %s %d, %d, at %s, %s <%s> wrote:' % (EN_MONTHS[d.month - 1][:3], d.day, d.year, t, name, email),
        'On %s, %s %d, %d %s %s wrote:' % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, t, name),
    ])


def outlook_header(ctx, person, email, to, d, t, subj):
    name = '%s %s' % person
    if ctx.lang == 'it':
        return ('________________________________\nDa: %s <%s>\nInviato: %s %d %s %d %s\nA: %s\nOggetto: R: %s'
                % (name, email, IT_DAYS[d.weekday()], d.day, IT_MONTHS[d.month - 1], d.year, t, to, subj))
    return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: RE: %s'
            % (name, email, EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, t, to, subj))


TOPIC_SUBJECTS = [
    (r'iban|bonific|payout|sort code|rib|ccc|conto|account number|transfer|mandat|blz',
     ['Bonifico non arrivato', 'R: coordinate bancarie', 'Payout / bonifici in errore', 'Re: [{t}] IBAN rifiutato'],
     ['Payout not received', 'RE: bank details', 'Transfers failing', 'Re: [{t}] IBAN rejected']),
    (r'carta|card|3ds|cvv|cvc|pin',
     ['Pagamento rifiutato carta di test', 'R: problema 3DS', 'Re: [{t}] carta rifiutata', 'Doppio addebito'],
     ['Test card declined', 'RE: 3DS issue', 'Re: [{t}] card declined', 'Double charge']),
    (r'webhook|firma|signature|hmac',
     ['webhook duplicati', 'R: verifica firma webhook', 'Re: [{t}] webhook in ritardo'],
     ['Duplicate webhooks', 'RE: webhook signature verification', 'Re: [{t}] delayed webhooks']),
    (r'otp|sms|sca|codice|code|consen',
     ['Re: [{t}] SCA non funziona', 'OTP non arriva', 'Consenso AIS scade subito'],
     ['Re: [{t}] SCA not working', 'OTP not arriving', 'AIS consent expires immediately']),
    (r'token|secret|oauth|401|403|client|auth|password|pwd|chiave|key',
     ['Errore 401 su /oauth/token', 'R: R: token scaduto?', 'Domanda su client secret', 'URGENTE incassi bloccati',
      'I: credenziali ambiente test'],
     ['401 on /oauth/token', 'RE: RE: token expired?', 'Question about client secret', 'URGENT: payments down',
      'FW: test environment access']),
]


def subject(ctx):
    body = getattr(ctx, 'topic', '').lower()
    for rx, it_s, en_s in TOPIC_SUBJECTS:
        if re.search(rx, body) and chance(0.85):
            return pick(it_s if ctx.lang == 'it' else en_s).replace('{t}', 'SPT-' + rd(5))
    subs = IT_SUBJECTS if ctx.lang == 'it' else EN_SUBJECTS
    return pick(subs).replace('{t}', 'SPT-' + rd(5))


SUPPORT_ADDR = ['supporto@pagaflow.com', 'support@pagaflow.com', 'developers@bancalink.eu', 'help@pagaflow.com']


def env_email(ctx, tmpl):
    p = dev_mail(ctx, tmpl)
    if chance(0.35):
        it = ctx.lang == 'it'
        hdr = ('Da: %s %s <%s>\nA: %s\nOggetto: %s\n' if it else 'From: %s %s <%s>\nTo: %s\nSubject: %s\n') % (
            ctx.dev[0], ctx.dev[1], ctx.email_of(ctx.dev), pick(SUPPORT_ADDR), subject(ctx))
        if chance(0.3):
            hdr += ('Data: %s\n' if it else 'Date: %s\n') % (it_date(ctx.date) if it else en_date(ctx.date))
        p = join_parts([lit(hdr), p])
    return p


def env_thread(ctx, tmpl, neutral):
    it = ctx.lang == 'it'
    agent_mail = '%s.%s@pagaflow.com' % (ctx.agent[0].lower(), re.sub(r'[^a-z]', '', ctx.agent[1].lower()))
    dev_mail_addr = ctx.email_of(ctx.dev)
    asks = IT_SUPPORT_ASK if it else EN_SUPPORT_ASK
    tops = IT_TOP if it else EN_TOP
    firsts = IT_FIRST_REPORT if it else EN_FIRST_REPORT
    mode = R.random()
    if mode < 0.45:
        # dev answers on top of the support's question
        main = dev_mail(ctx, tmpl, sig=chance(0.7))
        d1, t1 = when(ctx, R.randint(0, 2))
        ask = part(ctx, pick(asks))
        chain = ask
        if chance(0.55):
            d2, t2 = when(ctx, R.randint(3, 6))
            first = dev_mail(ctx, pick(firsts))
            chain = join_parts([ask, lit(''), lit(attribution(ctx, ctx.dev, dev_mail_addr, d2, t2)), quote(first)])
        if chance(0.2):
            hdr = outlook_header(ctx, ctx.agent, agent_mail, dev_mail_addr, d1, t1, subject(ctx))
            return join_parts([main, lit(''), lit(hdr), lit(''), chain])
        return join_parts([main, lit(''), lit(attribution(ctx, ctx.agent, agent_mail, d1, t1)), quote(chain)])
    # somebody answers on top of the integrator's message
    pool = tops if not neutral and not tmpl_is_neg(tmpl) else [t for i, t in enumerate(tops) if i not in (0, 6)]
    ti = pick(pool)
    top = part(ctx, ti)
    if top[0].startswith(('Ciao,', 'Hi,')) or ti in (tops[1], tops[2], tops[4], tops[5]):
        # the integrator writes again
        top = join_parts([top, lit('\n' + signature(ctx))]) if chance(0.5) else top
    orig = dev_mail(ctx, tmpl)
    d1, t1 = when(ctx, R.randint(0, 3))
    if chance(0.5):
        d2, t2 = when(ctx, R.randint(4, 8))
        orig = join_parts([orig, lit(''), lit(attribution(ctx, ctx.agent, agent_mail, d2, t2)), quote(part(ctx, pick(asks)))])
    if chance(0.25):
        hdr = outlook_header(ctx, ctx.dev, dev_mail_addr, pick(SUPPORT_ADDR), d1, t1, subject(ctx))
        return join_parts([top, lit(''), lit(hdr), lit(''), orig])
    return join_parts([top, lit(''), lit(attribution(ctx, ctx.dev, dev_mail_addr, d1, t1)), quote(orig)])


AUTO_REPLY = {
    'it': "Gentile cliente,\nabbiamo ricevuto la sua richiesta, registrata con il numero [[ticket]]. Un operatore le risponderà al più presto.\nOrari del supporto: lun-ven 9:00-18:00.\n\nPagaflow Developer Support\nhttps://developers.pagaflow.com/support",
    'en': "Dear customer,\nwe have received your request, logged as [[ticket]]. An agent will get back to you shortly.\nSupport hours: Mon-Fri 9:00-18:00 CET.\n\nPagaflow Developer Support\nhttps://developers.pagaflow.com/support",
}


def full_mail(ctx, tmpl, person):
    """A message with greeting, closing, signature and disclaimer."""
    saved = ctx.dev
    ctx.dev = person
    p = dev_mail(ctx, tmpl, sig=False)
    sig = signature(ctx)
    ctx.dev = saved
    return join_parts([p, lit(sig + '\n\n' + pick(DISCLAIMER[ctx.lang]))])


def env_long_thread(ctx, tmpl):
    it = ctx.lang == 'it'
    agent_mail = '%s.%s@pagaflow.com' % (ctx.agent[0].lower(), re.sub(r'[^a-z]', '', ctx.agent[1].lower()))
    dev_addr = ctx.email_of(ctx.dev)
    asks = IT_SUPPORT_ASK if it else EN_SUPPORT_ASK
    firsts = IT_FIRST_REPORT if it else EN_FIRST_REPORT
    main = full_mail(ctx, tmpl, ctx.dev)
    d0 = ctx.date
    msgs = [(ctx.agent, agent_mail, part(ctx, pick(asks))),
            (ctx.dev, dev_addr, full_mail(ctx, pick(firsts), ctx.dev)),
            (('Pagaflow', 'Support'), pick(SUPPORT_ADDR), part(ctx, AUTO_REPLY[ctx.lang]))]
    if chance(0.5):
        msgs.insert(1, (ctx.dev2, ctx.email_of(ctx.dev2), full_mail(ctx, pick(IT_TOP[2:6] if it else EN_TOP[2:6]), ctx.dev2)))
    chain = None
    for i, (person, addr, p) in enumerate(reversed(msgs)):
        d = d0 - datetime.timedelta(days=len(msgs) - i)
        if chain is None:
            chain = p
        else:
            chain = join_parts([p, lit(''), lit(attribution(ctx, prev[0], prev[1], prev[2], prev[3])), quote(chain)])
        prev = (person, addr, d, hhmm())
    return join_parts([main, lit(''), lit(attribution(ctx, prev[0], prev[1], prev[2], prev[3])), quote(chain)])


def env_forward(ctx, tmpl):
    it = ctx.lang == 'it'
    fwd_from = ctx.dev2
    pre = pick(["Vi inoltro la mail del nostro sviluppatore, vedete voi.", "Ti giro quanto ricevuto, mi sai dire qualcosa?",
                "Inoltro per competenza.", "Vi giro la segnalazione del collega, grazie.", "FYI sotto.", ""] if it else
               ["Forwarding this from our developer, see below.", "FYI, see below.", "Passing this on — can you help?",
                "See my colleague's email below. Thanks.", "fwd", ""])
    d, t = when(ctx, R.randint(0, 3))
    if it:
        hdr = pick(['---------- Messaggio inoltrato ---------\nDa: %s %s <%s>\nDate: %s %d %s %d alle ore %s\nSubject: %s\nTo: %s',
                    '-------- Messaggio Inoltrato --------\nOggetto: \t%s\nData: \t%s\nMittente: \t%s\nA: \t%s'])
        if hdr.startswith('----------'):
            hdr = hdr % (ctx.dev[0], ctx.dev[1], ctx.email_of(ctx.dev), IT_DAYS[d.weekday()][:3], d.day,
                         IT_MONTHS[d.month - 1][:3], d.year, t, subject(ctx), ctx.email_of(fwd_from))
        else:
            hdr = hdr % (subject(ctx), '%02d/%02d/%d %s' % (d.day, d.month, d.year, t),
                         '%s %s <%s>' % (ctx.dev[0], ctx.dev[1], ctx.email_of(ctx.dev)), ctx.email_of(fwd_from))
    else:
        hdr = '---------- Forwarded message ---------\nFrom: %s %s <%s>\nDate: %s, %d %s %d at %s\nSubject: %s\nTo: %s' % (
            ctx.dev[0], ctx.dev[1], ctx.email_of(ctx.dev), EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3],
            d.year, t, subject(ctx), ctx.email_of(fwd_from))
    orig = dev_mail(ctx, tmpl)
    head = []
    if pre:
        head.append(lit(pre + '\n\n' + fwd_from[0] + '\n'))
    return join_parts(head + [lit(hdr), lit(''), orig])


def env_ticket(ctx, tmpl):
    it = ctx.lang == 'it'
    tk = 'SPT-' + rd(5)
    d, t = when(ctx)
    body = dev_mail(ctx, tmpl, greet=chance(0.5), sig=chance(0.4))
    if chance(0.5):
        head = ('##- Digita la tua risposta sopra questa riga -##\n\nTicket %s: %s\n\n%s %s (%s)\n%02d/%02d/%d %s CET\n' if it else
                '##- Please type your reply above this line -##\n\nTicket %s: %s\n\n%s %s (%s)\n%d %s %d, %s UTC\n')
        if it:
            head = head % (tk, subject(ctx), ctx.dev[0], ctx.dev[1], ctx.company, d.day, d.month, d.year, t)
        else:
            head = head % (tk, subject(ctx), ctx.dev[0], ctx.dev[1], ctx.company, d.day, EN_MONTHS[d.month - 1][:3], d.year, t)
        foot = ('\n\n--------------------------------\nQuesta e-mail è un servizio di Pagaflow Support. Ticket %s' % tk if it else
                '\n\n--------------------------------\nThis email is a service from Pagaflow Support. Ticket %s' % tk)
        return join_parts([lit(head), body, lit(foot)])
    prio = pick(['Alta', 'Normale', 'Urgente', 'Bassa'] if it else ['High', 'Normal', 'Urgent', 'Low'])
    stato = pick(['Aperto', 'In attesa', 'Nuovo'] if it else ['Open', 'Pending', 'New'])
    cat = pick(['Autenticazione', 'Pagamenti', 'Open Banking', 'Fatturazione', 'Webhook'] if it else
               ['Authentication', 'Payments', 'Open Banking', 'Billing', 'Webhooks'])
    head = (('Ticket #%s · Priorità: %s · Stato: %s\nRichiedente: %s %s <%s>\nCategoria: %s\n\nDescrizione:\n') if it else
            ('Ticket #%s · Priority: %s · Status: %s\nRequester: %s %s <%s>\nCategory: %s\n\nDescription:\n')) % (
        tk, prio, stato, ctx.dev[0], ctx.dev[1], ctx.email_of(ctx.dev), cat)
    return join_parts([lit(head), body])


def chat_time_fmt(style, lang, d, h, m):
    if lang == 'en' and style in ('slack', 'discord'):
        hh = h % 12 or 12
        return '%d:%02d %s' % (hh, m, 'AM' if h < 12 else 'PM')
    return '%02d:%02d' % (h, m)


def env_chat(ctx, script, single=False):
    it = ctx.lang == 'it'
    turns = []
    if single:
        body = part(ctx, script)
        turns.append(('D', body))
    else:
        cur = None
        for line in script.split('\n'):
            mm = re.match(r'^(D2|D|S): ?(.*)$', line)
            if mm:
                cur = [mm.group(1), [mm.group(2)]]
                turns.append(cur)
            else:
                cur[1].append(line)
        turns = [(sp, part(ctx, '\n'.join(lines))) for sp, lines in turns]
    style = pick(['slack', 'slack_inline', 'teams', 'wa', 'discord', 'teams2'])
    names = {'D': '%s %s' % ctx.dev, 'D2': '%s %s' % ctx.dev2,
             'S': '%s %s' % ctx.agent + pick(['', ' (Pagaflow)', ' [Pagaflow Support]', ''])}
    if style == 'teams2':
        names = {k: (v.split(' ', 1)[1].split(' (')[0].split(' [')[0] + ', ' + v.split(' ')[0]) for k, v in names.items()}
    d = ctx.date
    h, m = R.randint(8, 18), R.randint(0, 59)
    out = []
    last_sp = None
    for sp, (text, secs) in turns:
        m += R.randint(0, 4)
        if m >= 60:
            h, m = h + 1, m - 60
        tm = chat_time_fmt(style, ctx.lang, d, h, m)
        if chance(0.05):
            text += pick([' (modificato)', ' (modificato)']) if it else ' (edited)'
        if style == 'slack':
            line = ('%s  %s\n%s' % (names[sp], tm, text)) if sp != last_sp else '%s\n%s' % (tm, text)
        elif style == 'slack_inline':
            line = '[%s] %s: %s' % (tm, names[sp], text)
        elif style == 'teams':
            line = '[%02d/%02d/%d %s] %s\n%s' % (d.day, d.month, d.year, tm, names[sp], text)
        elif style == 'teams2':
            line = '%s %02d/%02d %s\n%s' % (names[sp], d.day, d.month, tm, text)
        elif style == 'wa':
            line = '%02d/%02d/%02d, %s - %s: %s' % (d.day, d.month, d.year % 100, tm, names[sp], text)
        else:
            line = '%s — %s %s\n%s' % (names[sp], 'oggi alle' if it else 'Today at', tm, text)
        out.append((line, secs))
        if chance(0.06):
            out.append(lit(pick([':+1: 1', '👍 2', ':eyes: 1', '✅ 1'])))
        last_sp = sp
    sep = '\n\n' if style in ('slack', 'teams', 'teams2', 'discord') and chance(0.7) else '\n'
    res = join_parts(out, sep)
    if not single and chance(0.25):
        pre = pick(["Vi incollo la conversazione dal canale condiviso #pagaflow-%s:" % ctx.slug,
                    "Riporto qui la chat di Teams con il vostro collega, per tenere traccia:",
                    "Copio la discussione di stamattina:"] if it else
                   ["Pasting the thread from our shared Slack channel #pagaflow-%s:" % ctx.slug,
                    "Copying the Teams chat with your colleague here so it's tracked:",
                    "Here's the conversation from this morning:"])
        res = join_parts([lit(pre + '\n\n'), res], '')
    return res


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

DIGRUN = re.compile(r'\d(?:[ \-.\u00a0\u202f\u200b\u2060]{0,2}\d){11,18}')
IBANRUN = re.compile(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b')


def covered(text, values):
    spans = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            spans.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return spans


def stray_sensitive(text, values):
    """A Luhn-valid card-like run or a valid IBAN that is not labelled."""
    spans = covered(text, values)
    inside = lambda a, b: any(a < e and s < b for s, e in spans)
    for m in DIGRUN.finditer(text):
        dg = re.sub(r'\D', '', m.group(0))
        if 13 <= len(dg) <= 19 and luhn_valid(dg) and not inside(m.start(), m.end()):
            return m.group(0)
    for m in re.finditer(r'(?<!\d)\d{13,19}(?!\d)', text):
        if luhn_valid(m.group(0)) and not inside(m.start(), m.end()):
            return m.group(0)
    for m in IBANRUN.finditer(text):
        c = m.group(0).replace(' ', '')
        if iban_valid(c) and not inside(m.start(), m.end()):
            return m.group(0)
    return None


NEG_SET = set()


def tmpl_is_neg(t):
    return t in NEG_SET


def has_secret_slot(t):
    secret_slots = {k for k, f in SLOTS.items() if getattr(f, 'secret', False)}
    return any(re.sub(r'_\d+$', '', m) in secret_slots for m in SLOT_RE.findall(t))


def build(lang, tmpl, is_chat, neutral):
    Ctx.topic = tmpl
    for attempt in range(200):
        if is_chat == 'short':
            ctx = Ctx(lang, neutral, wrap_ok=False)
            style = 'chat'
            if chance(0.5):
                text, secs = part(ctx, tmpl)
            else:
                text, secs = env_chat(ctx, tmpl, single=True)
        elif is_chat:
            ctx = Ctx(lang, neutral, wrap_ok=False)
            if chance(0.85):
                style = 'chat'
                text, secs = env_chat(ctx, tmpl)
            else:
                style = 'email'
                ctx.wrap_ok = False
                p = env_chat(ctx, tmpl)
                g = pick(GREET[lang])
                pre = part(ctx, g + '\n' + pick(['vi incollo la chat di ieri con il vostro supporto, il problema non è risolto:',
                                                   'riporto la conversazione di Slack:'] if lang == 'it' else
                                                  ["pasting yesterday's chat with your support, it's still not solved:",
                                                   'copying the Slack conversation below:']) + '\n\n')
                text, secs = join_parts([pre, p, lit('\n\n' + pick(CLOSE[lang]) + '\n' + signature(ctx))], '')
        else:
            ctx = Ctx(lang, neutral, wrap_ok=True)
            envs = ['email', 'thread', 'forward', 'ticket', 'chat1', 'long']
            w = [28, 31, 10, 12, 12 if len(tmpl) < 420 else 0, 9]
            style = R.choices(envs, weights=w)[0]
            if style == 'chat1':
                ctx.wrap_ok = False
                text, secs = env_chat(ctx, tmpl, single=True)
                style = 'chat'
            elif style == 'email':
                text, secs = env_email(ctx, tmpl)
            elif style == 'thread':
                text, secs = env_thread(ctx, tmpl, neutral)
            elif style == 'forward':
                text, secs = env_forward(ctx, tmpl)
            elif style == 'long':
                style = 'thread'
                text, secs = env_long_thread(ctx, tmpl)
            else:
                text, secs = env_ticket(ctx, tmpl)
        if len(text) > 3000:
            continue
        if neutral and secs:
            raise AssertionError('neutral sample with secrets')
        cnt = collections.Counter(v for _, v in secs)
        if any(text.count(v) != n for v, n in cnt.items()):
            continue
        kinds = {}
        for k, v in secs:
            kinds.setdefault(v, set()).add(k)
        if any(len(ks) > 1 for ks in kinds.values()):
            continue
        if stray_sensitive(text, list(cnt)):
            continue
        out, seen = [], set()
        for k, v in secs:
            if (k, v) not in seen:
                seen.add((k, v))
                out.append({'kind': k, 'value': v})
        return style, text, out
    raise RuntimeError('could not build a sample from: %r' % tmpl[:80])


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

TARGET = {'it': (292, 306), 'en': (290, 304)}   # (positives, negatives) per language
NEUTRAL_SHARE = 0.38                            # negatives made from positive scenes with placeholders


def cycle(pool, n):
    out = []
    while len(out) < n:
        p = list(pool)
        R.shuffle(p)
        out.extend(p)
    return out[:n]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dest = os.path.join(here, '..', 'chat.jsonl')
    scenes = {
        'it': (IT_POS, IT_POS_CHAT, IT_NEG, IT_NEG_CHAT, IT_SHORT_POS, IT_SHORT_NEG),
        'en': (EN_POS, EN_POS_CHAT, EN_NEG, EN_NEG_CHAT, EN_SHORT_POS, EN_SHORT_NEG),
    }
    for lang, (pos, pos_chat, neg, neg_chat, short_pos, short_neg) in scenes.items():
        NEG_SET.update(neg)
        for t in pos + pos_chat + short_pos:
            assert has_secret_slot(t), t[:60]
        for t in neg + neg_chat + short_neg:
            assert not has_secret_slot(t), t[:60]
    records = []
    for lang, (pos, pos_chat, neg, neg_chat, short_pos, short_neg) in scenes.items():
        npos, nneg = TARGET[lang]
        plan = []
        allpos = [(t, False) for t in pos] + [(t, True) for t in pos_chat] + [(t, 'short') for t in short_pos]
        allneg = [(t, False) for t in neg] + [(t, True) for t in neg_chat] + [(t, 'short') for t in short_neg]
        for t, c in cycle(allpos, npos):
            plan.append((t, c, False))
        n_neutral = int(nneg * NEUTRAL_SHARE)
        for t, c in cycle(allpos, n_neutral):
            plan.append((t, c, True))
        for t, c in cycle(allneg, nneg - n_neutral):
            plan.append((t, c, False))
        R.shuffle(plan)
        for i, (t, is_chat, neutral) in enumerate(plan, 1):
            style, text, secrets = build(lang, t, is_chat, neutral)
            records.append({'id': 'chat-%s-%04d' % (lang, i), 'lang': lang, 'style': style,
                            'text': text, 'secrets': secrets})
    with open(dest, 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r) + '\n')
    summary(records, dest)


def summary(records, dest):
    langs = collections.Counter(r['lang'] for r in records)
    pos = sum(1 for r in records if r['secrets'])
    kinds = collections.Counter(s['kind'] for r in records for s in r['secrets'])
    kinds_samples = collections.Counter(k for r in records for k in {s['kind'] for s in r['secrets']})
    styles = collections.Counter(r['style'] for r in records)
    lens = sorted(len(r['text']) for r in records)
    print('wrote %s' % os.path.normpath(dest))
    print('total %d  langs %s  positives %d  negatives %d' % (len(records), dict(langs), pos, len(records) - pos))
    print('styles %s' % dict(styles))
    print('length min %d median %d max %d' % (lens[0], lens[len(lens) // 2], lens[-1]))
    print('kind            values  samples')
    for k in sorted(kinds):
        print('  %-14s %6d  %6d' % (k, kinds[k], kinds_samples[k]))
    scenes = len(IT_POS) + len(IT_POS_CHAT) + len(IT_NEG) + len(IT_NEG_CHAT) + len(IT_SUPPORT_ASK) + len(IT_TOP) + \
        len(EN_POS) + len(EN_POS_CHAT) + len(EN_NEG) + len(EN_NEG_CHAT) + len(EN_SUPPORT_ASK) + len(EN_TOP) + \
        len(IT_SHORT_POS) + len(IT_SHORT_NEG) + len(EN_SHORT_POS) + len(EN_SHORT_NEG) + \
        len(IT_FIRST_REPORT) + len(EN_FIRST_REPORT)
    print('hand-written scenes: %d' % scenes)


if __name__ == '__main__':
    main()
