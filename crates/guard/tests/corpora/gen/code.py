#!/usr/bin/env python3
"""Generator for the `code` guard corpus (code, configuration and logs pasted
into tickets).  Standard library only, deterministic seed.

    python3 gen/code.py            # writes ../code.jsonl next to gen/
    python3 gen/code.py --check    # also re-verifies the written file

Every skeleton is a hand-written snippet with slots.  A slot is filled either
with an invented secret (recorded as a label) or with a look-alike
(environment read, placeholder, masked value, id, hash ...).  Labels are the
exact substring as it appears in the text.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

SEED = 20240611
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B64U = ALNUM + '-_'
B64 = ALNUM + '+/'
HEX = '0123456789abcdef'


def rs(n, alphabet=ALNUM):
    return ''.join(R.choice(alphabet) for _ in range(n))


def ch(*xs):
    if len(xs) == 1:
        return R.choice(xs[0])
    return R.choice(xs)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def b64(s):
    return base64.b64encode(s.encode()).decode()


# --------------------------------------------------------------- look-alikes
def uuid():
    h = rs(32, HEX)
    h = h[:12] + '4' + h[13:16] + ch('89ab') + h[17:]
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def sha1():
    return rs(40, HEX)


def sha256():
    return rs(64, HEX)


def short_sha():
    return rs(7, HEX)


def trace_id():
    return rs(32, HEX)


def span_id():
    return rs(16, HEX)


def traceparent():
    return f'00-{trace_id()}-{span_id()}-01'


def ulid():
    return '01H' + rs(23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')


def payment_id():
    return ch([
        lambda: 'pay_' + ulid().lower()[:20],
        lambda: 'PAY-' + str(R.randint(2023, 2025)) + '-' + '%06d' % R.randint(1, 999999),
        lambda: 'pmt_' + rs(14, LO + DG),
        lambda: 'TRX' + '%010d' % R.randint(1, 10**10 - 1),
        lambda: uuid(),
        lambda: 'SEPA-' + '%08d' % R.randint(1, 10**8 - 1),
    ])()


def order_id():
    return ch(['ORD-', 'ORD', 'ORDINE-', 'INV-', 'FT-']) + str(R.randint(2023, 2025)) + '-' + '%05d' % R.randint(1, 99999)


CLIENT_IDS = ['acme-pay-prod', 'acme-pay-sandbox', 'rossi-ecommerce', 'bottega-verde-app',
              'ob-client-48213', 'tpp-fintech-01', 'gelateria-web', 'mobile-ios-prod',
              'portale-b2b', 'ferramenta-online-test', 'merchant-7731', 'checkout-widget',
              'contabilita-batch', 'crm-sync-prod', 'aisp-dashboard', 'pisp-gateway-stg']


def client_id():
    return ch([lambda: ch(CLIENT_IDS), lambda: ch(CLIENT_IDS), uuid,
               lambda: 'cli_' + rs(10, LO + DG), lambda: str(R.randint(100000, 999999))])()


HOSTS = ['api.sandbox.pagaflux.example', 'api.pagaflux.example', 'auth.openbank-hub.example',
         'sandbox.tesoreria-api.example', 'api.bancaponte.example', 'psd2.sandbox.bancaponte.example',
         'oauth.paylane-eu.example', 'api.staging.paylane-eu.example', 'gw.sportello-demo.example']


def host():
    return ch(HOSTS)


def ts():
    return '2024-%02d-%02dT%02d:%02d:%02d.%03dZ' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                    R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def ts_sp():
    return ts().replace('T', ' ').rstrip('Z')


def amount():
    return '%d.%02d' % (R.randint(1, 25000), R.randint(0, 99))


def version():
    return '%d.%d.%d' % (R.randint(0, 5), R.randint(0, 30), R.randint(0, 20))


def ip():
    return ch(['10.0.%d.%d' % (R.randint(0, 9), R.randint(2, 250)), '192.168.1.%d' % R.randint(2, 250),
               '172.18.0.%d' % R.randint(2, 30)])


def phone():
    return ch(['+39 3%d%d %03d %04d' % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 999), R.randint(0, 9999)),
               '+44 7700 %06d' % R.randint(900000, 900999), '+49 151 %08d' % R.randint(0, 99999999)])


def email():
    return ch(['mario.rossi', 'giulia.bianchi', 'dev', 'support', 'l.ferrari', 'ops', 'john.doe', 'a.schmidt']) + '@' + \
        ch(['example.com', 'acme-shop.example', 'rossi-srl.example', 'fintech.example'])


def bic():
    return ch(['UNCRITMMXXX', 'BCITITMM', 'DEUTDEFFXXX', 'COBADEFFXXX', 'BNPAFRPPXXX', 'CAIXESBBXXX', 'BPMOIT22XXX',
               'BARCGB22', 'INGBNL2A', 'SOGEFRPP', 'BSCHESMM', 'CRPPIT2PXXX'])


# ----------------------------------------------------------------- secrets
def jwt(typ='access'):
    hdr = {'alg': ch(['RS256', 'ES256', 'HS256', 'PS256']), 'typ': 'JWT'}
    if R.random() < .6:
        hdr['kid'] = rs(ch([8, 16, 22]), B64U)
    now = R.randint(1700000000, 1735000000)
    pl = {'iss': 'https://' + host() + ch(['', '/oauth2', '/realms/prod']), 'sub': ch([uuid(), client_id()]),
          'aud': ch(['payments', 'accounts', 'https://' + host()]), 'iat': now,
          'exp': now + ch([300, 900, 3600, 86400])}
    if typ == 'access':
        pl['scope'] = ch(['payments:write accounts:read', 'aisp pisp', 'openid profile', 'payments'])
    else:
        pl['typ'] = 'Refresh'
    if R.random() < .5:
        pl['jti'] = uuid()
    sig = rs(ch([43, 43, 86, 342]), B64U)
    return b64u(json.dumps(hdr, separators=(',', ':')).encode()) + '.' + \
        b64u(json.dumps(pl, separators=(',', ':')).encode()) + '.' + sig


def access_token():
    return ch([jwt, jwt,
               lambda: rs(R.randint(32, 64), B64U),
               lambda: rs(ch([40, 64]), HEX),
               lambda: ch(['at_live_', 'at_', 'atk_', 'pfx_live_', 'ob_at_']) + rs(R.randint(24, 40)),
               lambda: rs(8, HEX) + '.' + rs(40, B64U),
               lambda: rs(R.randint(30, 44), B64)])()


def api_key():
    return ch([lambda: ch(['spt_live_', 'apk_live_', 'sk_prod_', 'key_', 'pfx_sk_', 'ak_']) + rs(R.randint(24, 40)),
               lambda: rs(32, HEX), lambda: rs(40, ALNUM)])()


def session_cookie():
    return ch([lambda: rs(R.randint(32, 48), LO + DG),
               lambda: 's%3A' + rs(32, B64U) + '.' + rs(43, ALNUM + '%2F'),
               lambda: rs(26, UP + DG),
               lambda: rs(64, HEX)])()


def client_secret():
    return ch([lambda: rs(R.randint(24, 48)),
               lambda: rs(8) + '-' + rs(8) + '-' + rs(12),
               lambda: ch(['cs_live_', 'cs_', 'sec_', 'secret_']) + rs(R.randint(24, 36)),
               lambda: rs(R.randint(30, 43), B64U),
               lambda: rs(40, HEX)])()


def refresh_token():
    return ch([lambda: 'rt_' + rs(R.randint(32, 48)),
               lambda: rs(64, B64U),
               lambda: 'def50200' + rs(R.randint(120, 260), HEX),
               lambda: jwt('refresh'),
               lambda: ch(['1//0', 'rft_', 'RT-']) + rs(R.randint(40, 60), B64U)])()


WORDS_IT = ['Gatto', 'Primavera', 'Tramonto', 'Mare', 'Pizza', 'Vesuvio', 'Lampone', 'Girasole', 'Ciao', 'Pippo',
            'Milano', 'Juve', 'Natale', 'Bottega', 'Tesoro', 'Stella', 'Luna', 'Sole', 'Fragola', 'Amore']
WORDS_EN = ['Summer', 'Dragon', 'Monkey', 'Falcon', 'Winter', 'Sunshine', 'Rocket', 'Pepper', 'Thunder',
            'Welcome', 'Shadow', 'Tiger', 'Coffee', 'Banana', 'Orange', 'Harbor']
SYM = '!$%*-_.+=~^#'
URLSYM = '!*-_.~'


def password(urlsafe=False, noquote=True):
    sym = URLSYM if urlsafe else SYM
    w = ch(WORDS_IT + WORDS_EN)
    p = ch([
        lambda: w + str(R.randint(10, 2025)) + ch(sym),
        lambda: ch(sym) + w + str(R.randint(1, 99)) + ch(sym),
        lambda: rs(R.randint(10, 16), ALNUM + sym),
        lambda: w.replace('a', '4').replace('o', '0').replace('e', '3') + ch(sym) + str(R.randint(10, 99)),
        lambda: w + ch(sym) + ch(WORDS_IT + WORDS_EN).lower() + str(R.randint(1, 9)),
        lambda: ('$' if not urlsafe else '') + w + str(R.randint(2000, 2025)) + ch('!*'),
        lambda: ('%' if not urlsafe else '') + rs(3, UP) + str(R.randint(100, 999)) + ch(sym) + rs(3, LO),
        lambda: rs(R.randint(14, 20), ALNUM),
    ])()
    if len(p) < 8:
        p += str(R.randint(10, 99))
    return p


def pin(n=None):
    n = n or ch([6, 6, 6, 4, 5, 8])
    s = str(R.randint(1, 9)) + rs(n - 1, DG)
    return s


def cvv(n=3):
    return '%0*d' % (n, R.randint(1 if n == 3 else 1000, 999 if n == 3 else 9999))


def luhn_digit(body):
    tot = 0
    for i, d in enumerate(reversed(body)):
        x = int(d)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CARD_PFX = [('4539', 16), ('4556', 16), ('4916', 16), ('4532', 16), ('4929', 16), ('4485', 16), ('4716', 16),
            ('4024007', 16), ('5105', 16), ('5425', 16), ('5555', 16), ('2221', 16), ('2720', 16), ('5200', 16),
            ('378282', 15), ('371449', 15), ('6011', 16), ('3530', 16), ('4000', 16), ('4242', 16), ('4917', 19)]


def card(bad=False):
    p, n = ch(CARD_PFX)
    body = p + rs(n - len(p) - 1, DG)
    d = luhn_digit(body)
    if bad:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


def fmt_card(num, style=None):
    style = style if style is not None else ch([0, 0, 1, 1, 2, 3, 4, 5])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    if style == 0:
        return num
    if style == 1:
        return ' '.join(g)
    if style == 2:
        return '-'.join(g)
    if style == 3:
        return '.'.join(g)
    if style == 4:
        return num[:6] + ' ' + num[6:]
    return '  '.join(g)


def masked_card(num=None):
    num = num or card()
    return ch([num[:6] + '*' * (len(num) - 10) + num[-4:], '**** **** **** ' + num[-4:], 'XXXX-XXXX-XXXX-' + num[-4:],
               '************' + num[-4:], num[:4] + ' **** **** ' + num[-4:], '•••• ' + num[-4:]])


def mod97(s):
    return int(''.join(str(int(c, 36)) for c in s)) % 97


def iban_of(cc, bban):
    return cc + '%02d' % (98 - mod97(bban + cc + '00')) + bban


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    tot = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


ABIS = ['03069', '02008', '05034', '03111', '01030', '05696', '03062', '08327', '05428', '03440']


def it_account():
    abi = ch(ABIS)
    cab = '%05d' % R.randint(1000, 99999)
    conto = ch(['0000', '1000', '0100', 'CC00']) + rs(8, DG)
    return abi, cab, conto, it_cin(abi, cab, conto)


def de_check00(k9):
    tot = 0
    for i, d in enumerate(reversed(k9)):
        x = int(d) * (2 if i % 2 == 0 else 1)
        tot += x // 10 + x % 10
    return str((10 - tot % 10) % 10)


BLZS = ['37040044', '10070000', '50010517', '20041133', '70020270', '12030000', '76026000', '43060967']


def de_account():
    blz = ch(BLZS)
    k9 = '0' * R.randint(0, 2) + rs(9, DG)
    k9 = k9[-9:]
    return blz, k9 + de_check00(k9)


def fr_account():
    b = ch(['30004', '30003', '10107', '20041', '30002', '18206', '14505'])
    g = '%05d' % R.randint(1, 99999)
    c = '%011d' % R.randint(10**8, 10**11 - 1)
    k = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return b, g, c, '%02d' % k


def es_dc(digits, weights):
    s = sum(int(d) * w for d, w in zip(digits, weights))
    d = 11 - s % 11
    return 1 if d == 10 else (0 if d == 11 else d)


def es_account():
    e = ch(['2100', '0049', '0182', '0081', '2085', '0128'])
    o = '%04d' % R.randint(1, 9999)
    c = '%010d' % R.randint(10**6, 10**10 - 1)
    d1 = es_dc(e + o, [4, 8, 5, 10, 9, 7, 3, 6])
    d2 = es_dc(c, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
    return e, o, '%d%d' % (d1, d2), c


def gb_account():
    sc = '%02d%02d%02d' % (ch([20, 40, 60, 30, 11, 77, 83]), R.randint(0, 99), R.randint(0, 99))
    return sc, '%08d' % R.randint(10**7, 10**8 - 1)


def iban(cc=None):
    cc = cc or ch(['IT', 'IT', 'IT', 'DE', 'DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'AT'])
    if cc == 'IT':
        a, b, c, k = it_account()
        return iban_of('IT', k + a + b + c)
    if cc == 'DE':
        blz, k = de_account()
        return iban_of('DE', blz + k)
    if cc == 'FR':
        a, b, c, k = fr_account()
        return iban_of('FR', a + b + c + k)
    if cc == 'ES':
        e, o, d, c = es_account()
        return iban_of('ES', e + o + d + c)
    if cc == 'GB':
        sc, acc = gb_account()
        return iban_of('GB', ch(['NWBK', 'BARC', 'LOYD', 'MIDL']) + sc + acc)
    if cc == 'NL':
        return iban_of('NL', ch(['INGB', 'ABNA', 'RABO']) + rs(10, DG))
    if cc == 'BE':
        x = rs(10, DG)
        k = int(x) % 97 or 97
        return iban_of('BE', x + '%02d' % k)
    return iban_of('AT', rs(16, DG))


def bad_iban(cc=None):
    i = iban(cc)
    good = i[2:4]
    while True:
        x = '%02d' % R.randint(2, 98)
        if x != good:
            return i[:2] + x + i[4:]


def fmt_iban(i, style=None):
    style = style if style is not None else ch([0, 0, 0, 1, 1, 2])
    if style == 0:
        return i
    g = ' '.join(i[k:k + 4] for k in range(0, len(i), 4))
    if style == 1:
        return g
    return i[:4] + ' ' + i[4:]


def pem(kind=None, lines=None, sep='\n'):
    kind = kind or ch(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'])
    n = lines or (R.randint(3, 6) if 'EC' in kind else R.randint(8, 26))
    start = {'RSA PRIVATE KEY': 'MIIEow' + 'IBAAKCAQEA', 'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
             'EC PRIVATE KEY': 'MHcCAQEEI', 'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
             'ENCRYPTED PRIVATE KEY': 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkq',
             'PUBLIC KEY': 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'CERTIFICATE': 'MIIDdzCCAl+gAwIBAgIE'}[kind]
    body = [(start + rs(64 - len(start), B64))] + [rs(64, B64) for _ in range(n - 1)] + [rs(R.randint(10, 60), B64) + ch(['', '=', '=='])]
    return f'-----BEGIN {kind}-----' + sep + sep.join(body) + sep + f'-----END {kind}-----'


# vendor keys
def aws_id():
    return ch(['AKIA', 'AKIA', 'ASIA']) + rs(16, UP + '234567')


def aws_secret():
    return rs(40, ALNUM + '+/')


def stripe_key():
    return ch(['sk_live_', 'sk_live_', 'sk_test_', 'rk_live_']) + rs(ch([24, 24, 99]))


def github_tok():
    return ch([lambda: 'ghp_' + rs(36), lambda: 'github_pat_11' + rs(20, UP + DG) + '_' + rs(59),
               lambda: 'gho_' + rs(36)])()


def slack_tok():
    return ch(['xoxb-', 'xoxb-', 'xoxp-']) + str(R.randint(10**10, 10**12)) + '-' + str(R.randint(10**12, 10**13)) + '-' + rs(24)


def google_key():
    return 'AIza' + 'Sy' + rs(33, B64U)


def sendgrid_key():
    return 'SG.' + rs(22, B64U) + '.' + rs(43, B64U)


def openai_key():
    return ch(['sk-proj-', 'sk-']) + rs(48)


def whsec():
    return 'whsec_' + rs(32)


def vendor():
    return ch([aws_id, stripe_key, stripe_key, github_tok, slack_tok, google_key, sendgrid_key, openai_key, whsec])()


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, lang, pos):
        self.lang = lang
        self.pos = pos
        self.secrets = []
        self.style = None
        self.localized = False

    def t(self, it, en):
        self.localized = True
        return it if self.lang == 'it' else en

    def want(self, p=0.8):
        return self.pos and R.random() < p

    def add(self, kind, value):
        self.secrets.append({'kind': kind, 'value': value})
        return value


_PAIR = re.compile(r'⟦(.*?)¦(.*?)⟧', re.S)
_SLOT = re.compile(r'«(\w+)»')


def T(c, _tpl, **kw):
    if _PAIR.search(_tpl):
        c.localized = True
    s = _PAIR.sub(lambda m: m.group(1) if c.lang == 'it' else m.group(2), _tpl)

    def rep(m):
        k = m.group(1)
        if k not in kw:
            raise KeyError(k)
        return str(kw[k])
    return _SLOT.sub(rep, s)


def _names(name):
    low = name.lower()
    parts = low.split('_')
    camel = parts[0] + ''.join(p.title() for p in parts[1:])
    pascal = ''.join(p.title() for p in parts)
    return low, low.replace('_', '-'), camel, pascal


def PH(name):
    """Placeholders/masked values usable inside a quoted string."""
    low, keb, camel, pascal = _names(name)
    return [f'<your-{keb}>', f'YOUR_{name}', '', '********', 'REDACTED', '[REDACTED]', '${' + name + '}',
            '{{' + camel + '}}', 'xxxxxxxxxxxxxxxx', f'<{keb}>', '***', f'__{name}__', '...', f'INSERT_{name}_HERE']


def READS(L, name):
    low, keb, camel, pascal = _names(name)
    return {
        'py': [f'os.environ["{name}"]', f'os.getenv("{name}")', f'os.environ.get("{name}", "")', f'settings.{name}',
               f'config["{low}"]', f'cfg.get("auth", "{low}")', 'None', f'secrets_client.get("{keb}")'],
        'js': [f'process.env.{name}', f'process.env["{name}"]', f'config.{camel}', f'import.meta.env.VITE_{name}',
               f'secrets.{camel}', f'await getSecret("{keb}")'],
        'java': [f'System.getenv("{name}")', f'props.getProperty("sportello.{keb}")', f'config.get{pascal}()',
                 f'env.getProperty("sportello.{keb}")', f'vault.read("secret/sportello").get("{low}")'],
        'kt': [f'System.getenv("{name}")', f'BuildConfig.{name}', f'config.{camel}', f'requireNotNull(System.getenv("{name}"))'],
        'cs': [f'Environment.GetEnvironmentVariable("{name}")', f'_configuration["Sportello:{pascal}"]',
               f'_options.Value.{pascal}', f'builder.Configuration["Sportello:{pascal}"]', f'settings.{pascal}'],
        'go': [f'os.Getenv("{name}")', f'cfg.{pascal}', f'viper.GetString("{low}")', f'mustEnv("{name}")'],
        'php': [f"getenv('{name}')", f"$_ENV['{name}']", f"env('{name}')", f"config('sportello.{low}')", f'$this->{camel}'],
        'rb': [f"ENV['{name}']", f"ENV.fetch('{name}')", f"Rails.application.credentials.sportello[:{low}]", f'config.{low}'],
        'swift': [f'ProcessInfo.processInfo.environment["{name}"] ?? ""', f'Secrets.{camel}', f'try keychain.get("{low}")',
                  f'Bundle.main.object(forInfoDictionaryKey: "{name}") as? String ?? ""'],
        'sh': ['$' + name, '${' + name + '}', f'$(cat /run/secrets/{low})', f'$(vault kv get -field={low} secret/sportello)',
               '${' + name + ':?missing}'],
        'ps': [f'$env:{name}', f'(Get-Secret -Name {name} -AsPlainText)', f'$config.{pascal}', f'$Env:{name}'],
    }[L]


QUOTE = {'py': '"', 'js': "'", 'java': '"', 'kt': '"', 'cs': '"', 'go': '"', 'php': "'", 'rb': "'", 'swift': '"',
         'sh': '"', 'ps': '"'}


def lit(c, kind, value, L, name, p=0.8, q=None):
    """A code expression: a literal secret, or an env read / placeholder."""
    q = q or QUOTE[L]
    if c.want(p):
        c.add(kind, value)
        return q + value + q
    if R.random() < .6:
        return ch(READS(L, name))
    return q + ch(PH(name)) + q


def cv(c, kind, value, name, p=0.8, extra=()):
    """A bare configuration value: secret or placeholder/masked value."""
    if c.want(p):
        c.add(kind, value)
        return value
    low, keb, camel, pascal = _names(name)
    return ch(['${' + name + '}', '${' + name + ':}', f'<your-{keb}>', '********', 'REDACTED', '',
               f'vault:secret/data/sportello#{low}', 'xxxxxxxxxxxx', f'YOUR_{name}', '[REDACTED]', '${env:' + name + '}']
              + list(extra))


def sv(c, kind, value, p=0.8, neg=None):
    """A bare secret value in a log/dump: secret or a given look-alike."""
    if c.want(p):
        c.add(kind, value)
        return value
    return neg if neg is not None else ch(['[REDACTED]', '********', '***', '<redacted>', '[FILTERED]', 'xxxx'])


def split_lit(c, kind, value, q, plus, indent, nl='\n', pieces=None, short=None):
    """Split a literal over lines:  "abc" + \n    "def"  ; return text.
    Labels pieces separately if each is >= 12 chars, else the whole span."""
    n = pieces or (2 if len(value) < 40 else ch([2, 3, 4]))
    if short:
        n = max(n, len(value) // 6)
    cuts = sorted(R.sample(range(4, len(value) - 3), n - 1))
    parts = [value[i:j] for i, j in zip([0] + cuts, cuts + [len(value)])]
    joiner = q + plus + nl + indent + q
    span = q + joiner.join(parts) + q
    if all(len(x) >= 12 for x in parts):
        for x in parts:
            c.add(kind, x)
    else:
        c.add(kind, span[len(q):-len(q)])
    return span


def wrap(s, width):
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width))


def mask_iban(i=None):
    i = i or iban()
    return ch([i[:4] + ' **** **** **** ' + i[-4:], i[:2] + '**' + '*' * (len(i) - 8) + i[-4:],
               i[:5] + 'X' * (len(i) - 9) + i[-4:], '****' + i[-4:]])


def iban_v(c, p=0.8, style=None):
    v = fmt_iban(iban(), style)
    if c.want(p):
        return c.add('iban', v)
    return ch([lambda: fmt_iban(bad_iban(), style), mask_iban, mask_iban, lambda: '${IBAN}',
               lambda: 'IT00X0000000000000000000000'])()


def card_v(c, p=0.8, style=None):
    v = fmt_card(card(), style)
    if c.want(p):
        return c.add('card_number', v)
    return ch([lambda: fmt_card(card(bad=True), style), masked_card, masked_card, lambda: 'tok_' + rs(24, LO + DG),
               lambda: '{{card_number}}'])()


def cvv_v(c, p=0.7, n=3):
    v = cvv(n)
    if c.want(p):
        return c.add('cvv', v)
    return ch(['***', '', 'XXX', '<cvv>'])


def pin_v(c, p=0.85, n=None):
    v = pin(n)
    if c.want(p):
        return c.add('pin', v)
    return ch(['******', '<otp>', '{{otp}}', '', 'XXXXXX', '${OTP}', '[REDACTED]'])


# ----------------------------------------------------------------- fillers
def rid():
    return ch([uuid, uuid, lambda: rs(16, HEX), ulid])()


def log_line(c):
    return ch([
        lambda: f'{ts()} INFO  [{rid()}] GET /v2/payments/{payment_id()} -> 200 ({R.randint(12, 900)}ms)',
        lambda: f'{ts()} DEBUG ' + c.t('risposta ricevuta', 'response received') + f' status=200 request_id={uuid()}',
        lambda: f'{ts()} WARN  ' + c.t(f'tentativo {R.randint(1, 3)} di 3, nuovo invio tra 2s', f'retry {R.randint(1, 3)}/3 in 2s'),
        lambda: f'{ts()} INFO  traceparent={traceparent()}',
        lambda: f'{ts()} INFO  ' + c.t('pagamento', 'payment') + f' {payment_id()} amount={amount()} EUR status=ACSC',
        lambda: f'{ts()} DEBUG pool stats active={R.randint(0, 9)} idle={R.randint(1, 20)} port={ch([5432, 6379, 3306, 8080])}',
        lambda: f'{ts()} INFO  webhook {uuid()} ' + c.t('consegnato in', 'delivered in') + f' {R.randint(20, 800)}ms',
        lambda: f'{ts()} ERROR ' + c.t('timeout verso', 'timeout calling') + f' https://{host()}/v1/consents ' + c.t('dopo', 'after') + ' 30000ms',
        lambda: f'{ts()} INFO  consent_id={uuid()} status=valid ' + c.t('scadenza', 'expires') + f'=2025-0{R.randint(1, 9)}-1{R.randint(0, 9)}',
        lambda: f'{ts()} DEBUG ' + c.t('ordine', 'order') + f' {order_id()} ' + c.t('aggiornato', 'updated') + f' by worker-{R.randint(1, 8)}',
        lambda: f'{ts()} INFO  build {short_sha()} version={version()} ' + c.t('avviato sulla porta', 'listening on port') + f' {ch([8080, 3000, 8443, 9000])}',
    ])()


def log_lines(c, n):
    return '\n'.join(log_line(c) for _ in range(n))


def nfill():
    return ch([0, 0, 0, 1, 2, 3, 5, 8, 14, 22])


PRE_IT = ['Buongiorno, riceviamo un 401 sulla chiamata. Vi incollo il codice:',
          'Ciao, la chiamata di pagamento fallisce con 422, ecco lo snippet:',
          'Salve, in sandbox ottengo invalid_client. Questo è quello che mandiamo:',
          "Vi giro il log dell'errore di stamattina:",
          'Non capiamo perché il webhook non arriva, configurazione sotto.',
          "Dopo l'aggiornamento della libreria non funziona più nulla:",
          'Buonasera, allego la configurazione del nostro ambiente di test:',
          'Ecco il file, ditemi se vedete qualcosa di strano.',
          'Il collega ha scritto questo codice ma risponde sempre 403:',
          'Vi incollo la richiesta completa presa dal proxy:',
          'Ho provato anche con Postman, stesso errore. Codice:',
          'Ciao supporto, problema urgente in produzione!',
          'Salve, non riesco a capire dove sbaglio:']
PRE_EN = ['Hi, we keep getting 401 on this call. Here is the code:',
          'Hello, the payment request fails with 422, snippet below:',
          'In sandbox we get invalid_client. This is what we send:',
          "Pasting the log from this morning's failure:",
          'The webhook never arrives, config below.',
          'After upgrading the SDK nothing works anymore:',
          'Attaching the configuration of our staging environment:',
          'Here is the file, let me know if anything looks off.',
          'A colleague wrote this and it always returns 403:',
          'Full request captured from our proxy:',
          'Tried with Postman too, same error. Code:',
          'Hi support, urgent production issue!',
          "Can't figure out what I'm doing wrong:"]
POST_IT = ['Grazie', 'Grazie mille!', 'Fateci sapere, è urgente.', 'Cordiali saluti,\nMarco', 'Saluti\nGiulia - Team IT',
           'Qualche idea?', 'Grazie in anticipo.', "Resto in attesa, a presto.", 'Ciao e grazie']
POST_EN = ['Thanks', 'Thanks a lot!', 'Please advise, this is urgent.', 'Best regards,\nJohn', 'Cheers\nAnna - Platform team',
           'Any idea?', 'Thanks in advance.', 'Looking forward to your reply.']

FENCE = {'python': 'python', 'javascript': 'js', 'typescript': 'ts', 'java': 'java', 'kotlin': 'kotlin', 'csharp': 'csharp',
         'go': 'go', 'php': 'php', 'ruby': 'ruby', 'swift': 'swift', 'shell': 'bash', 'powershell': 'powershell',
         'sql': 'sql', 'yaml': 'yaml', 'json': 'json', 'toml': 'toml', 'ini': 'ini', 'xml': 'xml', 'env': '',
         'log': '', 'http': 'http', 'properties': 'properties', 'terraform': 'hcl', 'nginx': 'nginx'}


def ticket_wrap(c, text, style):
    # a sample with no localized comment/message gets a ticket sentence in its
    # language, so that `lang` always describes some prose in the text
    r = R.random()
    if r < .55 and c.localized:
        return text
    pre = ch([p for p in (PRE_IT if c.lang == 'it' else PRE_EN) if style == 'log' or ' log' not in p])
    post = ch(POST_IT if c.lang == 'it' else POST_EN)
    if R.random() < .6:
        body = '```' + FENCE.get(style, '') + '\n' + text.rstrip('\n') + '\n```'
    else:
        body = text.rstrip('\n')
    if R.random() < .25:
        body += '\n\n' + c.t(ch(['Log lato nostro:', 'Questi i log del servizio:', 'Log applicativo:']),
                             ch(['Our side log:', 'Service logs:', 'Application log:'])) + '\n' + log_lines(c, R.randint(4, 24))
    if R.random() < .5:
        return pre + '\n\n' + body + '\n\n' + post
    return pre + '\n' + body


# --------------------------------------------------------------- skeletons
SK = []


def sk(style, w=1):
    def d(f):
        for _ in range(w):
            SK.append((f, style))
        return f
    return d


# ============================== PYTHON ====================================
@sk('python')
def py_token(c):
    return T(c, '''import requests

# ⟦ottiene il token per le API di pagamento¦fetch a token for the payments API⟧
TOKEN_URL = "https://«h»/oauth2/token"

resp = requests.post(
    TOKEN_URL,
    data={
        "grant_type": "client_credentials",
        "client_id": "«cid»",
        "client_secret": «sec»,
        "scope": "payments",
    },
    timeout=10,
)
print(resp.status_code, resp.text)  # ⟦sempre 401 invalid_client¦always 401 invalid_client⟧
''', h=host(), cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'py', 'CLIENT_SECRET', p=1))


@sk('python')
def py_bearer(c):
    tok = lit(c, 'access_token', access_token(), 'py', 'API_TOKEN', p=1)
    return T(c, '''import requests, uuid

«var» = «tok»
headers = {
    "Authorization": f"Bearer {«var»}",
    "X-Request-ID": str(uuid.uuid4()),
    "Accept": "application/json",
}
r = requests.get("https://«h»/v1/accounts/«acc»/balances", headers=headers)
r.raise_for_status()  # ⟦qui esplode con 401¦blows up here with 401⟧
print(r.json())
''', var=ch(['TOKEN', 'token', 'access_token', 'gettone' if c.lang == 'it' else 'bearer']), tok=tok, h=host(), acc=uuid())


@sk('python')
def py_httpx(c):
    return T(c, '''import asyncio
import httpx

«cidv» = "«cid»"
«secv» = «sec»


async def main():
    # ⟦autenticazione basic verso il token endpoint¦basic auth against the token endpoint⟧
    async with httpx.AsyncClient(base_url="https://«h»", timeout=15.0) as client:
        r = await client.post("/oauth/token", auth=(«cidv», «secv»),
                              data={"grant_type": "client_credentials"})
        print(r.status_code, r.headers.get("x-request-id"))
        print(r.json())

asyncio.run(main())
''', cidv=c.t('ID_CLIENTE', 'CLIENT_ID'), secv=c.t('SEGRETO', 'CLIENT_SECRET'), cid=client_id(),
             sec=lit(c, 'client_secret', client_secret(), 'py', 'CLIENT_SECRET', p=1), h=host())


@sk('python')
def py_basic(c):
    pw = lit(c, 'password', password(), 'py', 'SFTP_PASSWORD' if R.random() < .3 else 'API_PASSWORD', p=1)
    return T(c, '''from requests.auth import HTTPBasicAuth
import requests

user = "«u»"
«pv» = «pw»   # ⟦TODO spostare in vault¦TODO move to vault⟧
r = requests.get("https://«h»/reports/settlement?date=«d»",
                 auth=HTTPBasicAuth(user, «pv»))
print(r.status_code)
''', u=ch(['api-user', 'report_reader', 'svc_contabilita', 'merchant42']),
             pv=c.t(ch(['parola_d_ordine', 'pwd', 'password']), ch(['password', 'pwd', 'passwd'])), pw=pw, h=host(),
             d='2024-%02d-%02d' % (R.randint(1, 12), R.randint(1, 28)))


@sk('python')
def py_payload(c):
    return T(c, '''payload = {
    "end_to_end_id": "«e2e»",
    "amount": {"currency": "EUR", "value": "«amt»"},
    "debtor": {"name": "«dn»", "iban": "«di»"},
    "creditor": {"name": "«cn»", "iban": "«ci»", "bic": "«bic»"},
    "remittance": "«rem»",
}
# ⟦la risposta è 422 FORMAT_ERROR, il payload sembra giusto¦response is 422 FORMAT_ERROR, payload looks right⟧
resp = session.post(f"{BASE_URL}/v1/payments/sepa-credit-transfers", json=payload)
''', e2e=payment_id(), amt=amount(), dn=ch(['Mario Rossi', 'ACME S.r.l.', 'Hans Müller', 'Jane Smith']),
             di=iban_v(c), cn=ch(['Fornitore Srl', 'Bottega Verde', 'Utility Ltd', 'Stadtwerke GmbH']), ci=iban_v(c, p=.5),
             bic=bic(), rem=c.t('Fattura ', 'Invoice ') + order_id())


@sk('python')
def py_django(c):
    pw = cv(c, 'password', password(), 'DB_PASSWORD', p=1)
    if pw.startswith('${') or pw.startswith('vault'):
        pwexpr = ch(['os.environ["DB_PASSWORD"]', 'env("DB_PASSWORD")'])
    else:
        pwexpr = '"' + pw + '"'
    return T(c, '''# settings/«env».py
DEBUG = «dbg»
ALLOWED_HOSTS = ["«h»", "localhost"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "«db»",
        "USER": "«u»",
        "PASSWORD": «pwexpr»,
        "HOST": "«ip»",
        "PORT": "5432",
    }
}

SPORTELLO_CLIENT_ID = "«cid»"
SPORTELLO_TOKEN_URL = "https://«h2»/oauth2/token"  # ⟦endpoint token¦token endpoint⟧
''', env=ch(['staging', 'prod', 'local']), dbg=ch(['True', 'False']), h=host(), db=ch(['shop', 'pagamenti', 'ledger']),
             u=ch(['django', 'app', 'shop_rw']), pwexpr=pwexpr, ip=ip(), cid=client_id(), h2=host())


@sk('python')
def py_sqlalchemy(c):
    pw = password(urlsafe=True)
    if c.want(1):
        c.add('password', pw)
        url = f'postgresql+psycopg2://{ch(["ledger", "app", "report"])}:{pw}@{ip()}:5432/{ch(["ledger", "pagamenti"])}'
        expr = f'"{url}"'
    else:
        expr = ch(['os.environ["DATABASE_URL"]', 'f"postgresql+psycopg2://{DB_USER}:{DB_PASS}@{DB_HOST}:5432/ledger"',
                   '"postgresql+psycopg2://ledger:********@db:5432/ledger"', 'settings.SQLALCHEMY_DATABASE_URI'])
    return T(c, '''from sqlalchemy import create_engine, text

engine = create_engine(
    «expr»,
    pool_size=5, pool_pre_ping=True,
)
with engine.connect() as conn:
    # ⟦conta i pagamenti in stato pending¦count pending payments⟧
    rows = conn.execute(text("SELECT count(*) FROM payments WHERE status = 'PDNG'")).scalar()
    print(rows)
''', expr=expr)


@sk('python')
def py_stripe(c):
    return T(c, '''import stripe

stripe.api_key = «k»
# ⟦creiamo il PaymentIntent e poi lo passiamo a voi¦create the PaymentIntent then forward it to you⟧
intent = stripe.PaymentIntent.create(amount=«a», currency="eur", metadata={"order_id": "«o»"})
print(intent.id)
''', k=lit(c, 'vendor_key', stripe_key(), 'py', 'STRIPE_SECRET_KEY', p=1), a=R.randint(100, 99999), o=order_id())


@sk('python')
def py_boto3(c):
    kid = lit(c, 'vendor_key', aws_id(), 'py', 'AWS_ACCESS_KEY_ID', p=.7)
    ksec = lit(c, 'vendor_key', aws_secret(), 'py', 'AWS_SECRET_ACCESS_KEY', p=.8)
    return T(c, '''import boto3

# ⟦carichiamo gli estratti conto su S3 prima di chiamare le vostre API¦we upload statements to S3 before calling your API⟧
s3 = boto3.client(
    "s3",
    region_name="eu-south-1",
    aws_access_key_id=«kid»,
    aws_secret_access_key=«ks»,
)
s3.upload_file("estratto_«d».csv", "«b»", "in/estratto_«d».csv")
''', kid=kid, ks=ksec, d=R.randint(20240101, 20241231), b=ch(['acme-statements', 'rossi-bucket-prod', 'ledger-in']))


@sk('python')
def py_traceback(c):
    tok = access_token()
    q = sv(c, 'access_token', tok, p=1, neg=ch(['<redacted>', 'REDACTED', '***']))
    fr = f'/srv/app/{ch(["sync", "payments", "bank"])}/client.py'
    return T(c, '''Traceback (most recent call last):
  File "«fr»", line «l1», in fetch_accounts
    r.raise_for_status()
  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://«h»/v1/accounts?access_token=«q»&page=2
«logs»''', fr=fr, l1=R.randint(20, 300), h=host(), q=q, logs=log_lines(c, nfill()))


@sk('python')
def py_fixture(c):
    return T(c, '''import pytest


@pytest.fixture
def «fn»():
    # ⟦carta di test fornita dal vostro onboarding¦test card from your onboarding pack⟧
    return {
        "pan": "«pan»",
        "expiry_month": «mm»,
        "expiry_year": «yy»,
        "cvv": "«cvv»",
        "holder": "«hn»",
    }


def test_authorize(«fn», client):
    r = client.authorize(amount=«amt», currency="EUR", card=«fn»)
    assert r.status == "AUTHORISED", r.raw  # ⟦fallisce con DECLINED¦fails with DECLINED⟧
''', fn=c.t('carta_test', 'test_card'), pan=card_v(c, style=ch([0, 1])), mm=R.randint(1, 12), yy=R.randint(2026, 2031),
             cvv=cvv_v(c), hn=ch(['MARIO ROSSI', 'TEST USER', 'JANE DOE']), amt=R.randint(100, 5000))


@sk('python')
def py_split(c):
    if c.pos:
        v = ch([client_secret, access_token, api_key])()
        kind = 'access_token' if v.startswith('eyJ') else 'client_secret'
        body = split_lit(c, kind, v, '"', '', '    ', short=R.random() < .35)
        expr = '(\n    ' + body + '\n)'
    else:
        expr = ch(['os.environ["SPORTELLO_SECRET"]', '(\n    os.environ.get("SPORTELLO_SECRET")\n    or settings.SPORTELLO_SECRET\n)',
                   '"".join([PREFIX, os.environ["SECRET_SUFFIX"]])'])
    return T(c, '''import os

# ⟦la riga era troppo lunga per flake8, l'abbiamo spezzata¦line was too long for flake8 so we split it⟧
SPORTELLO_SECRET = «e»

client = SportelloClient(client_id="«cid»", secret=SPORTELLO_SECRET)
''', e=expr, cid=client_id())


@sk('python')
def py_otp(c):
    return T(c, '''# ⟦conferma SCA: l'utente inserisce il codice ricevuto via SMS¦SCA confirmation: user types the SMS code⟧
resp = requests.post(
    f"https://«h»/v1/consents/«cons»/authorisations/«auth»",
    json={"scaAuthenticationData": "«otp»", "method": "SMS_OTP"},
    headers={"X-Request-ID": "«rid»", "PSU-IP-Address": "«ip»"},
)
print(resp.status_code, resp.json().get("scaStatus"))
''', h=host(), cons=uuid(), auth=uuid(), otp=pin_v(c, n=6), rid=uuid(), ip=ip())


@sk('log')
def py_urllib3(c):
    k = api_key()
    return T(c, '''DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): «h»:443
DEBUG:urllib3.connectionpool:https://«h»:443 "GET /v1/transactions?from=2024-01-01&api_key=«k»&limit=100 HTTP/1.1" «st» «len»
«extra»''', h=host(), k=sv(c, 'access_token', k, p=1, neg=ch(['***', 'REDACTED', '{api_key}'])), st=ch([200, 401, 429]),
             len=R.randint(20, 9000), extra=ch(['', 'ERROR:sync:' + c.t('risposta inattesa', 'unexpected response') + f' request_id={uuid()}']))


@sk('python')
def py_jwt(c):
    if c.pos:
        tok = c.add('access_token', jwt())
        line = f'token = "{tok}"'
    else:
        line = ch(['token = request.headers["Authorization"].removeprefix("Bearer ")', 'token = os.environ["ACCESS_TOKEN"]',
                   'token = "<incolla-qui-il-token>"' if c.lang == 'it' else 'token = "<paste-token-here>"'])
    return T(c, '''import jwt  # PyJWT

«line»
# ⟦vogliamo solo leggere lo scope, senza verificare la firma¦we only want to read the scope, no signature check⟧
claims = jwt.decode(token, options={"verify_signature": False})
print(claims["scope"], claims["exp"])
''', line=line)


@sk('python')
def py_refresh(c):
    rt = lit(c, 'refresh_token', refresh_token(), 'py', 'REFRESH_TOKEN', p=1)
    return T(c, '''REFRESH_TOKEN_ENDPOINT = "https://«h»/oauth2/token"


def «fn»():
    data = {
        "grant_type": "refresh_token",
        "refresh_token": «rt»,
        "client_id": "«cid»",
    }
    r = requests.post(REFRESH_TOKEN_ENDPOINT, data=data)
    # ⟦ritorna invalid_grant dopo 90 giorni¦returns invalid_grant after 90 days⟧
    return r.json()["access_token"]
''', h=host(), fn=c.t('rinnova_token', 'refresh_access_token'), rt=rt, cid=client_id())


@sk('python')
def py_redis(c):
    return T(c, '''import redis

# ⟦cache per i consensi PSD2¦cache for PSD2 consents⟧
r = redis.Redis(host="«ip»", port=6379, db=«db», password=«pw», ssl=«ssl»)
r.setex(f"consent:{consent_id}", 7776000, json.dumps(consent))
''', ip=ip(), db=R.randint(0, 5), pw=lit(c, 'password', password(), 'py', 'REDIS_PASSWORD', p=1), ssl=ch(['True', 'False']))


@sk('python')
def py_pem(c):
    if c.pos:
        k = c.add('private_key', pem(ch(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'])))
        src = f'PRIVATE_KEY = """{k}\n"""'
    else:
        src = ch([f'PUBLIC_KEY = """{pem("PUBLIC KEY", 6)}\n"""',
                  'with open("/etc/sportello/qseal.key", "rb") as fh:\n    PRIVATE_KEY = fh.read()',
                  'PRIVATE_KEY = os.environ["QSEAL_PRIVATE_KEY"].encode()',
                  f'CERT = """{pem("CERTIFICATE", 12)}\n"""'])
    return T(c, '''from cryptography.hazmat.primitives import serialization

# ⟦chiave QSEAL per firmare le richieste (header Signature)¦QSEAL key used to sign requests (Signature header)⟧
«src»

key_id = "SN=«sn»,CA=CN=Test CA"
''', src=src, sn=rs(16, HEX.upper()))


@sk('python')
def py_cookies(c):
    return T(c, '''s = requests.Session()
s.cookies.set("«cn»", «cv», domain="«h»")
# ⟦copiato dal browser dopo il login sul portale¦copied from the browser after logging into the portal⟧
r = s.get("https://«h»/portal/api/merchants/«mid»/payouts")
print(r.status_code)
''', cn=ch(['SESSIONID', 'connect.sid', 'JSESSIONID', '__Host-session']),
             cv=lit(c, 'access_token', session_cookie(), 'py', 'PORTAL_SESSION', p=1), h=host(), mid=R.randint(1000, 99999))


@sk('python')
def py_dataclass(c):
    return T(c, '''from dataclasses import dataclass


@dataclass
class «cls»:
    base_url: str = "https://«h»"
    «cidn»: str = "«cid»"
    «secn»: str = «sec»
    token_url: str = "https://«h»/oauth2/token"
    refresh_token_endpoint: str = "https://«h»/oauth2/refresh"
    timeout_s: int = «to»
''', cls=c.t('Configurazione', 'Settings'), h=host(), cidn=c.t('id_cliente', 'client_id'), cid=client_id(),
             secn=c.t(ch(['segreto', 'chiave']), 'client_secret'),
             sec=lit(c, 'client_secret', client_secret(), 'py', 'CLIENT_SECRET', p=1), to=ch([10, 30, 60]))


@sk('python')
def py_repl(c):
    at, rt = access_token(), refresh_token()
    return T(c, '''>>> r = client.token()
>>> r.status_code
200
>>> r.json()
{'access_token': '«at»', 'token_type': 'Bearer', 'expires_in': «ex», 'refresh_token': '«rt»', 'scope': 'aisp'}
>>> # ⟦ma la chiamata dopo dà 403¦but the next call returns 403⟧''', at=sv(c, 'access_token', at), rt=sv(c, 'refresh_token', rt, p=.6),
             ex=ch([300, 3600, 7200]))


@sk('python')
def py_logging(c):
    card_s = card_v(c, p=.7)
    return T(c, '''«t1» INFO  checkout.views ⟦richiesta autorizzazione¦authorization request⟧ payload={'order': '«o»', 'amount': «a», 'card': {'number': '«card»', 'exp': '«mm»/«yy»', 'cvc': '«cvv»'}, 'request_id': '«rid»'}
«t2» ERROR checkout.views ⟦autorizzazione rifiutata¦authorization declined⟧ code=05 request_id=«rid»
«logs»''', t1=ts_sp(), t2=ts_sp(), o=order_id(), a=amount(), card=card_s, mm='%02d' % R.randint(1, 12), yy=R.randint(26, 31),
             cvv=cvv_v(c, p=.6), rid=uuid(), logs=log_lines(c, nfill()))


# ============================== JS / TS ===================================
@sk('javascript')
def js_fetch(c):
    return T(c, '''const «v» = «tok»;

// ⟦recupera i movimenti del conto¦fetch account transactions⟧
const res = await fetch(`https://«h»/v1/accounts/${accountId}/transactions?bookingStatus=booked`, {
  headers: {
    Authorization: `Bearer ${«v»}`,
    'X-Request-ID': crypto.randomUUID(),
    'Consent-ID': '«cons»',
  },
});
if (!res.ok) console.error('«err»', res.status, await res.text());
''', v=ch(['token', 'accessToken', 'TOKEN']), tok=lit(c, 'access_token', access_token(), 'js', 'ACCESS_TOKEN', p=1), h=host(),
             cons=uuid(), err=c.t('errore chiamata', 'request failed'))


@sk('javascript')
def js_axios_token(c):
    return T(c, '''const axios = require('axios');

async function «fn»() {
  const params = new URLSearchParams();
  params.append('grant_type', 'client_credentials');
  params.append('client_id', '«cid»');
  params.append('client_secret', «sec»);
  // ⟦timeout alto perché la sandbox è lenta¦high timeout because sandbox is slow⟧
  const { data } = await axios.post('https://«h»/oauth2/token', params, { timeout: 20000 });
  return data.access_token;
}
''', fn=c.t('prendiToken', 'getToken'), cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'js', 'CLIENT_SECRET', p=1),
             h=host())


@sk('javascript')
def js_axios_auth(c):
    return T(c, '''const api = axios.create({
  baseURL: 'https://«h»/v2',
  auth: {
    username: '«u»',
    password: «pw», // ⟦da cambiare prima del go-live¦change before go-live⟧
  },
  headers: { 'Content-Type': 'application/json' },
});

api.get('/merchants/«mid»/settlements').then(r => console.log(r.data)).catch(e => console.error(e.response?.status));
''', h=host(), u=ch(['merchant_api', 'integrazione', 'report-bot']), pw=lit(c, 'password', password(), 'js', 'API_PASSWORD', p=1),
             mid=R.randint(100, 99999))


@sk('javascript')
def js_node_https(c):
    return T(c, '''const https = require('https');

const options = {
  hostname: '«h»',
  port: 443,
  path: '/v1/payouts?status=pending',
  method: 'GET',
  headers: {
    'X-Api-Key': «k»,
    'User-Agent': 'acme-backend/«ver»',
  },
};

const req = https.request(options, (res) => {
  console.log('statusCode:', res.statusCode); // ⟦sempre 403¦always 403⟧
  res.on('data', (d) => process.stdout.write(d));
});
req.on('error', console.error);
req.end();
''', h=host(), k=lit(c, 'access_token', api_key(), 'js', 'SPORTELLO_API_KEY', p=1), ver=version())


@sk('typescript')
def ts_config(c):
    return T(c, '''// src/config/sportello.ts
export const «n»Config = {
  environment: '«env»',
  baseUrl: 'https://«h»',
  tokenUrl: 'https://«h»/oauth2/token',
  clientId: '«cid»',
  clientSecret: «sec»,
  webhookSecret: «wh»,
  retry: { attempts: 3, backoffMs: 500 },
} as const;
''', n=ch(['sportello', 'payments', 'bank']), env=ch(['sandbox', 'production']), h=host(), cid=client_id(),
             sec=lit(c, 'client_secret', client_secret(), 'js', 'CLIENT_SECRET'),
             wh=lit(c, 'client_secret', 'whsk_' + rs(32), 'js', 'WEBHOOK_SECRET', p=.5))


@sk('javascript')
def js_concat(c):
    if c.pos:
        v = ch([access_token, client_secret, api_key])()
        body = split_lit(c, 'access_token', v, "'", ' +', '  ', short=R.random() < .3)
    else:
        body = ch(["process.env.API_KEY_PART1 +\n  process.env.API_KEY_PART2", "'<your-api-key>'", "process.env.SPORTELLO_KEY ?? ''",
                   "[cfg.keyPrefix, cfg.keyBody].join('')"])
    return T(c, '''// ⟦la chiave è lunga, la spezzo in più righe¦the key is long so I split it over lines⟧
const API_KEY =
  «b»;

module.exports = { API_KEY, endpoint: 'https://«h»/v1' };
''', b=body, h=host())


@sk('typescript')
def ts_card(c):
    return T(c, '''import { describe, it, expect } from 'vitest';

// ⟦test di integrazione sul flusso 3DS¦integration test for the 3DS flow⟧
const card: CardInput = {
  number: '«pan»',
  expMonth: «mm»,
  expYear: «yy»,
  cvc: '«cvv»',
  holderName: '«hn»',
};

describe('authorize', () => {
  it('«tn»', async () => {
    const r = await client.payments.authorize({ amount: «a», currency: 'EUR', card, orderId: '«o»' });
    expect(r.status).toBe('AUTHORISED');
  });
});
''', pan=card_v(c), mm=R.randint(1, 12), yy=R.randint(2026, 2032), cvv=cvv_v(c), hn=ch(['Test User', 'Mario Rossi']),
             tn=c.t('autorizza la carta di test', 'authorizes the test card'), a=R.randint(100, 90000), o=order_id())


@sk('log')
def js_morgan(c):
    ck = session_cookie()
    lines = []
    for _ in range(R.randint(1, 4)):
        lines.append(f'{ip()} - - [{R.randint(1, 28):02d}/May/2024:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:11 +0000] "GET /api/orders/{order_id()} HTTP/1.1" 200 {R.randint(100, 9000)} "-" "Mozilla/5.0"')
    return T(c, '''«lines»
[«t»] ⟦debug intestazioni¦debug headers⟧ {"host":"shop.example","cookie":"lang=it; sid=«ck»; _ga=GA1.2.«ga»","x-request-id":"«rid»"}
«more»''', lines='\n'.join(lines), t=ts(), ck=sv(c, 'access_token', ck, p=1, neg='[REDACTED]'),
             ga='%d.%d' % (R.randint(10**8, 10**9), R.randint(1600000000, 1720000000)), rid=uuid(),
             more=log_lines(c, nfill()))


@sk('javascript')
def js_sepa(c):
    return T(c, '''const transfer = {
  instructedAmount: { currency: 'EUR', amount: '«a»' },
  debtorAccount: { iban: '«di»' },
  creditorName: '«cn»',
  creditorAccount: { iban: '«ci»' },
  creditorAgent: '«bic»',
  remittanceInformationUnstructured: '«rem»',
};
// ⟦risposta: 400 "creditorAccount invalid"¦response: 400 "creditorAccount invalid"⟧
await api.post('/v1/payments/sepa-credit-transfers', transfer, { headers: { 'PSU-ID': '«psu»' } });
''', a=amount(), di=iban_v(c), cn=ch(['Studio Bianchi', 'ACME GmbH', 'Utility Ltd']), ci=iban_v(c, p=.5), bic=bic(),
             rem=c.t('Saldo fattura ', 'Invoice ') + order_id(), psu=ch(['PSU-' + str(R.randint(1000, 9999)), email()]))


@sk('javascript')
def js_stripe(c):
    return T(c, '''// ⟦migrazione da Stripe: vecchia integrazione ancora attiva¦migrating from Stripe: old integration still live⟧
const stripe = require('stripe')(«k»);

const session = await stripe.checkout.sessions.create({
  mode: 'payment',
  line_items: [{ price: '«price»', quantity: 1 }],
  success_url: 'https://shop.example/ok?session_id={CHECKOUT_SESSION_ID}',
});
''', k=lit(c, 'vendor_key', stripe_key(), 'js', 'STRIPE_SECRET_KEY', p=1), price='price_' + rs(24))


@sk('javascript')
def js_basic(c):
    cid, sec = client_id(), client_secret()
    if c.want(1):
        if R.random() < .5:
            blob = c.add('client_secret', b64(cid + ':' + sec))
            hdr = f"'Basic {blob}'"
        else:
            pair = c.add('client_secret', cid + ':' + sec)
            hdr = f"'Basic ' + Buffer.from('{pair}').toString('base64')"
    else:
        hdr = ch(["'Basic ' + Buffer.from(`${process.env.CLIENT_ID}:${process.env.CLIENT_SECRET}`).toString('base64')",
                  "`Basic ${btoa(`${cfg.clientId}:${cfg.clientSecret}`)}`", "'Basic <base64(client_id:client_secret)>'"])
    return T(c, '''const res = await fetch('https://«h»/oauth/token', {
  method: 'POST',
  headers: {
    Authorization: «hdr»,
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: 'grant_type=client_credentials&scope=payments',
});
console.log(await res.json()); // ⟦{"error":"invalid_client"}¦{"error":"invalid_client"}⟧
''', h=host(), hdr=hdr)


@sk('javascript')
def js_otp(c):
    return T(c, '''// ⟦invio del codice SCA inserito dall'utente¦send the SCA code typed by the user⟧
const r = await fetch(`${BASE}/v1/payments/«pid»/authorisations/«aid»`, {
  method: 'PUT',
  headers: { 'Content-Type': 'application/json', 'X-Request-ID': '«rid»' },
  body: JSON.stringify({ «k»: '«otp»' }),
});
''', pid=payment_id(), aid=uuid(), rid=uuid(), k=ch(['sca_code', 'otp', 'scaAuthenticationData', 'smsCode']), otp=pin_v(c, n=ch([6, 6, 8])))


@sk('javascript')
def js_mongoose(c):
    pw = password(urlsafe=True)
    if c.want(1):
        c.add('password', pw)
        url = f"'mongodb+srv://{ch(['app', 'shop', 'admin'])}:{pw}@cluster0.{rs(5, LO + DG)}.mongodb.net/{ch(['shop', 'orders'])}?retryWrites=true&w=majority'"
    else:
        url = ch(['process.env.MONGODB_URI', "`mongodb+srv://${user}:${encodeURIComponent(pass)}@cluster0.abcde.mongodb.net/shop`",
                  "'mongodb://localhost:27017/shop'", "'mongodb+srv://app:<password>@cluster0.mongodb.net/shop'"])
    return T(c, '''const mongoose = require('mongoose');

// ⟦connessione al db degli ordini¦connect to the orders db⟧
mongoose.connect(«url», { serverSelectionTimeoutMS: 5000 })
  .then(() => console.log('mongo ok'))
  .catch((err) => console.error('mongo ko', err.message));
''', url=url)


@sk('javascript')
def js_jest_refresh(c):
    return T(c, '''test('«tn»', async () => {
  const body = {
    grant_type: 'refresh_token',
    refresh_token: «rt»,
  };
  const res = await request(app).post('/auth/refresh').send(body);
  expect(res.status).toBe(200);
  expect(res.body.refresh_token_endpoint).toBe('https://«h»/oauth2/token');
});
''', tn=c.t('rinnova il token scaduto', 'refreshes an expired token'), rt=lit(c, 'refresh_token', refresh_token(), 'js', 'TEST_REFRESH_TOKEN', p=1),
             h=host())


@sk('log')
def js_console(c):
    at = access_token()
    return T(c, '''> await sportello.auth()
{
  access_token: '«at»',
  token_type: 'Bearer',
  expires_in: «ex»,
  scope: 'payments accounts',
  request_id: '«rid»'
}
> await sportello.accounts.list()
Uncaught AxiosError: Request failed with status code 403
    at settle (node_modules/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd (node_modules/axios/lib/adapters/http.js:585:11)''', at=sv(c, 'access_token', at, p=1),
             ex=ch([300, 3600]), rid=uuid())


@sk('typescript')
def ts_slack(c):
    return T(c, '''import { WebClient } from '@slack/web-api';

// ⟦notifica sul canale #pagamenti quando un bonifico fallisce¦notify #payments when a transfer fails⟧
const slack = new WebClient(«tok»);

export async function notifyFailure(paymentId: string, reason: string) {
  await slack.chat.postMessage({ channel: '«chn»', text: `«msg» ${paymentId}: ${reason}` });
}
''', tok=lit(c, 'vendor_key', slack_tok(), 'js', 'SLACK_BOT_TOKEN', p=1), chn='C0' + rs(9, UP + DG),
             msg=c.t('Pagamento fallito', 'Payment failed'))


@sk('log')
def js_pino(c):
    at = access_token()
    return T(c, '''{"level":30,"time":«ms»,"pid":«pid»,"hostname":"api-«hn»","reqId":"«rid»","req":{"method":"POST","url":"/v1/payments","headers":{"host":"«h»","authorization":"Bearer «at»","content-type":"application/json"}},"msg":"incoming request"}
{"level":50,"time":«ms2»,"pid":«pid»,"hostname":"api-«hn»","reqId":"«rid»","err":{"type":"ValidationError","message":"«m»"},"msg":"request errored"}
''', ms=R.randint(1714000000000, 1719000000000), ms2=R.randint(1719000000000, 1719999999999), pid=R.randint(10, 40000),
             hn=rs(5, LO + DG), rid=uuid(), h=host(), at=sv(c, 'access_token', at, p=1, neg='[Redacted]'),
             m=c.t('importo non valido', 'invalid amount'))


@sk('typescript')
def ts_nest(c):
    sec = client_secret()
    if c.want(1):
        c.add('client_secret', sec)
        dflt = f", '{sec}'"
    else:
        dflt = ch(['', ", ''", ', undefined'])
    return T(c, '''@Injectable()
export class SportelloAuthService {
  constructor(private readonly config: ConfigService, private readonly http: HttpService) {}

  async token(): Promise<string> {
    const clientId = this.config.get<string>('SPORTELLO_CLIENT_ID', '«cid»');
    // ⟦fallback per lo sviluppo locale¦fallback for local development⟧
    const clientSecret = this.config.get<string>('SPORTELLO_CLIENT_SECRET'«d»);
    const { data } = await firstValueFrom(
      this.http.post('https://«h»/oauth2/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    );
    return data.access_token;
  }
}
''', cid=client_id(), d=dflt, h=host())


@sk('javascript')
def js_google(c):
    return T(c, '''<script>
  // ⟦mappa delle filiali nella pagina di checkout¦branch map on the checkout page⟧
  const firebaseConfig = {
    apiKey: «k»,
    authDomain: "«p».firebaseapp.com",
    projectId: "«p»",
    storageBucket: "«p».appspot.com",
    messagingSenderId: "«ms»",
    appId: "1:«ms»:web:«aid»"
  };
</script>''', k=lit(c, 'vendor_key', google_key(), 'js', 'FIREBASE_API_KEY', p=1, q='"'), p=ch(['acme-shop', 'rossi-pay', 'bottega-app']) + '-' + rs(4, LO + DG),
             ms=R.randint(10**11, 10**12), aid=rs(22, HEX))


# ============================== JAVA ======================================
@sk('java')
def java_okhttp(c):
    return T(c, '''OkHttpClient client = new OkHttpClient.Builder()
        .callTimeout(Duration.ofSeconds(30))
        .build();

// ⟦token ottenuto a mano dal portale sviluppatori¦token copied by hand from the developer portal⟧
String token = «tok»;

Request request = new Request.Builder()
        .url("https://«h»/v1/accounts/«acc»/balances")
        .header("Authorization", "Bearer " + token)
        .header("X-Request-ID", UUID.randomUUID().toString())
        .build();

try (Response response = client.newCall(request).execute()) {
    System.out.println(response.code() + " " + response.body().string());
}
''', tok=lit(c, 'access_token', access_token(), 'java', 'SPORTELLO_TOKEN', p=1), h=host(), acc=uuid())


@sk('java')
def java_resttemplate(c):
    sec = lit(c, 'client_secret', client_secret(), 'java', 'CLIENT_SECRET', p=1)
    return T(c, '''@Service
public class TokenService {

    private final RestTemplate restTemplate = new RestTemplate();

    public String fetchToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        // ⟦credenziali client (ambiente collaudo)¦client credentials (UAT environment)⟧
        headers.setBasicAuth("«cid»", «sec»);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("scope", "payments");

        ResponseEntity<Map> resp = restTemplate.postForEntity(
                "https://«h»/oauth2/token", new HttpEntity<>(form, headers), Map.class);
        return (String) resp.getBody().get("access_token");
    }
}
''', cid=client_id(), sec=sec, h=host())


@sk('java')
def java_ctor(c):
    return T(c, '''// ⟦configurazione del client SDK¦SDK client setup⟧
SportelloClient sportello = SportelloClient.builder()
        .environment(Environment.«env»)
        .credentials(new ClientCredentials(«cid», «sec»))
        .readTimeout(Duration.ofSeconds(20))
        .build();

PaymentResponse p = sportello.payments().create(new PaymentRequest("«o»", new BigDecimal("«a»"), "EUR"));
''', env=ch(['SANDBOX', 'PRODUCTION']), cid='"' + client_id() + '"',
             sec=lit(c, 'client_secret', client_secret(), 'java', 'SPORTELLO_CLIENT_SECRET', p=1), o=order_id(), a=amount())


@sk('java')
def java_split(c):
    if c.pos:
        v = ch([access_token, client_secret, api_key])()
        body = split_lit(c, 'access_token', v, '"', ' +', '            ',
                         short=R.random() < .3)
    else:
        body = ch(['System.getenv("SPORTELLO_KEY")', 'properties.getProperty("sportello.api-key")', '"<inserire-chiave>"' if c.lang == 'it' else '"<insert-key>"'])
    return T(c, '''public final class «cls» {
    // ⟦chiave API (spezzata per checkstyle, max 120 colonne)¦API key (split for checkstyle, max 120 columns)⟧
    public static final String API_KEY =
            «b»;
    public static final String BASE_URL = "https://«h»/v1";
    public static final int TIMEOUT_MS = «to»;
}
''', cls=c.t('Costanti', 'Constants'), b=body, h=host(), to=ch([5000, 10000, 30000]))


@sk('java')
def java_jdbc(c):
    return T(c, '''String url = "jdbc:postgresql://«ip»:5432/«db»?sslmode=require";
// ⟦utente applicativo in sola lettura¦read-only application user⟧
try (Connection conn = DriverManager.getConnection(url, "«u»", «pw»);
     PreparedStatement ps = conn.prepareStatement("SELECT id, status FROM payments WHERE created_at > ?")) {
    ps.setTimestamp(1, Timestamp.valueOf("«t»"));
    ResultSet rs = ps.executeQuery();
}
''', ip=ip(), db=ch(['pagamenti', 'ledger', 'core']), u=ch(['readonly', 'app_ro', 'reporting']),
             pw=lit(c, 'password', password(), 'java', 'DB_PASSWORD', p=1), t=ts_sp()[:19])


@sk('log')
def java_stack(c):
    tok = access_token()
    return T(c, '''«t» ERROR [http-nio-8080-exec-«n»] c.a.p.SportelloGateway : ⟦errore chiamata verso Sportello¦call to Sportello failed⟧ [traceId=«tid»]
org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: "{"error":"invalid_token","error_description":"Token «tok» is expired"}"
	at org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)
	at org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:183)
	at org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:915)
	at com.acme.payments.SportelloGateway.createPayment(SportelloGateway.java:«ln»)
	at com.acme.payments.CheckoutService.pay(CheckoutService.java:«ln2»)
	... «more» common frames omitted
«logs»''', t=ts_sp(), n=R.randint(1, 20), tid=trace_id(), tok=sv(c, 'access_token', tok, p=1, neg=ch(['****', '[masked]'])),
             ln=R.randint(40, 400), ln2=R.randint(20, 200), more=R.randint(10, 80), logs=log_lines(c, nfill()))


@sk('java')
def java_value(c):
    sec = client_secret()
    if c.want(1):
        c.add('client_secret', sec)
        v = f'@Value("${{sportello.client-secret:{sec}}}")'
    else:
        v = ch(['@Value("${sportello.client-secret}")', '@Value("${SPORTELLO_CLIENT_SECRET:}")'])
    return T(c, '''@Configuration
public class SportelloConfig {

    @Value("${sportello.client-id:«cid»}")
    private String clientId;

    // ⟦default per i test locali¦default for local tests⟧
    «v»
    private String clientSecret;

    @Value("${sportello.token-url:https://«h»/oauth2/token}")
    private String tokenUrl;
}
''', cid=client_id(), v=v, h=host())


@sk('java')
def java_textblock(c):
    return T(c, '''// ⟦payload di test per l'endpoint /v1/cards/authorize¦test payload for /v1/cards/authorize⟧
String body = """
        {
          "orderId": "«o»",
          "amount": «a»,
          "currency": "EUR",
          "card": {
            "pan": "«pan»",
            "expiry": "«mm»/«yy»",
            "cvv": "«cvv»"
          }
        }
        """;
HttpRequest req = HttpRequest.newBuilder(URI.create("https://«h»/v1/cards/authorize"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
''', o=order_id(), a=R.randint(100, 99999), pan=card_v(c), mm='%02d' % R.randint(1, 12), yy=R.randint(26, 31), cvv=cvv_v(c), h=host())


@sk('java')
def java_map(c):
    abi, cab, conto, cin = it_account()
    kind = ch(['iban', 'it'])
    if kind == 'iban':
        fields = f'"iban", "{iban_v(c, p=1)}",\n        "bic", "{bic()}"'
    else:
        cv_ = sv(c, 'bank_account', conto, p=1, neg='XXXXXXXX' + conto[-4:])
        fields = f'"abi", "{abi}",\n        "cab", "{cab}",\n        "conto", "{cv_}"'
    return T(c, '''Map<String, Object> «n» = Map.of(
        "intestatario", "«hn»",
        «f»,
        "importo", new BigDecimal("«a»"));
// ⟦risposta 400: beneficiario non valido¦response 400: invalid beneficiary⟧
gateway.createTransfer(«n»);
''', n=c.t('beneficiario', 'beneficiary'), hn=ch(['Rossi Mario', 'Ferrari SpA', 'Bianchi Giulia']), f=fields, a=amount())


@sk('java')
def java_aws(c):
    return T(c, '''// ⟦archiviazione ricevute su S3¦store receipts on S3⟧
BasicAWSCredentials creds = new BasicAWSCredentials(«kid», «ks»);
AmazonS3 s3 = AmazonS3ClientBuilder.standard()
        .withRegion(Regions.EU_SOUTH_1)
        .withCredentials(new AWSStaticCredentialsProvider(creds))
        .build();
''', kid=lit(c, 'vendor_key', aws_id(), 'java', 'AWS_ACCESS_KEY_ID', p=.6), ks=lit(c, 'vendor_key', aws_secret(), 'java', 'AWS_SECRET_ACCESS_KEY'))


@sk('java')
def java_webclient(c):
    return T(c, '''@Bean
WebClient sportelloWebClient(WebClient.Builder builder) {
    return builder
            .baseUrl("https://«h»")
            .defaultHeader("X-Api-Key", «k»)
            .defaultHeader("X-Client-Id", "«cid»")
            .build();   // ⟦versione «ver»¦version «ver»⟧
}
''', h=host(), k=lit(c, 'access_token', api_key(), 'java', 'SPORTELLO_API_KEY', p=1), cid=client_id(), ver=version())


@sk('java')
def java_pem(c):
    if c.pos:
        k = pem('PRIVATE KEY', R.randint(6, 14), sep='\\n" +\n        "')
        c.add('private_key', k)
        src = f'private static final String KEY = "{k}";'
    else:
        src = ch(['private static final String KEY = Files.readString(Path.of("/secrets/signing.key"));',
                  f'private static final String CERT = "{pem("CERTIFICATE", 8, sep=chr(92) + "n")}";',
                  'private static final String KEY = System.getenv("SIGNING_KEY_PEM");'])
    return T(c, '''public class Signer {
    // ⟦chiave per firmare i JWS verso la banca¦key used to sign JWS towards the bank⟧
    «src»
}
''', src=src)


# ============================== KOTLIN ====================================
@sk('kotlin')
def kt_okhttp(c):
    return T(c, '''private val «v» = «tok»

fun «fn»(): String {
    val req = Request.Builder()
        .url("https://«h»/v1/consents/«cons»")
        .addHeader("Authorization", "Bearer $«v»")
        .build()
    // ⟦chiamata sincrona, solo per debug¦synchronous call, debug only⟧
    return client.newCall(req).execute().use { it.body!!.string() }
}
''', v=ch(['token', 'accessToken']), tok=lit(c, 'access_token', access_token(), 'kt', 'ACCESS_TOKEN', p=1),
             fn=c.t('leggiConsenso', 'readConsent'), h=host(), cons=uuid())


@sk('kotlin')
def kt_dataclass(c):
    if R.random() < .5:
        abi, cab, conto, cin = it_account()
        inner = f'''    abi = "{abi}",
    cab = "{cab}",
    conto = "{sv(c, 'bank_account', conto, p=1, neg='********' + conto[-4:])}",
    cin = "{cin}",'''
    else:
        blz, k = de_account()
        inner = f'''    blz = "{blz}",
    kontonummer = "{sv(c, 'bank_account', k, p=1, neg='******' + k[-4:])}",'''
    return T(c, '''// ⟦test del bonifico nazionale¦domestic transfer test⟧
val beneficiario = BankAccount(
    intestatario = "«hn»",
«inner»
)
val result = api.transfers.create(TransferRequest(beneficiario, amount = BigDecimal("«a»"), reference = "«o»"))
''', hn=ch(['Mario Rossi', 'Müller GmbH', 'ACME Srl']), inner=inner, a=amount(), o=order_id())


@sk('kotlin')
def kt_retrofit(c):
    tok = access_token()
    if c.want(1):
        c.add('access_token', tok)
        h = f'"Authorization: Bearer {tok}"'
    else:
        h = '"Accept: application/json"'
    return T(c, '''interface SportelloApi {
    // ⟦header statico per la demo¦static header for the demo⟧
    @Headers(«h»)
    @GET("v1/accounts/{id}/transactions")
    suspend fun transactions(@Path("id") accountId: String, @Query("dateFrom") from: String): TransactionsResponse
}
''', h=h)


@sk('kotlin')
def kt_ktor(c):
    return T(c, '''val client = HttpClient(CIO) {
    install(Auth) {
        basic {
            credentials {
                BasicAuthCredentials(username = "«u»", password = «pw»)
            }
            realm = "sportello"
        }
    }
}
// ⟦risponde 401 anche con le credenziali giuste¦401 even with the right credentials⟧
''', u=client_id(), pw=lit(c, 'client_secret', client_secret(), 'kt', 'CLIENT_SECRET', p=1))


@sk('kotlin')
def kt_gradle(c):
    return T(c, '''android {
    defaultConfig {
        applicationId = "com.acme.wallet"
        versionName = "«ver»"
        buildConfigField("String", "SPORTELLO_BASE_URL", "\\"https://«h»\\"")
        buildConfigField("String", "SPORTELLO_CLIENT_ID", "\\"«cid»\\"")
        // ⟦da togliere prima del rilascio¦remove before release⟧
        buildConfigField("String", "SPORTELLO_API_KEY", "\\"«k»\\"")
    }
}
''', ver=version(), h=host(), cid=client_id(),
             k=sv(c, 'access_token', api_key(), p=1, neg=ch(['${project.findProperty("sportelloApiKey")}', '" + System.getenv("SPORTELLO_API_KEY") + "', ''])))


@sk('kotlin')
def kt_otp(c):
    return T(c, '''// ⟦codice OTP hardcodato per il test su emulatore¦OTP hardcoded for the emulator test⟧
val confirm = ScaConfirmation(
    authorisationId = "«aid»",
    otp = "«otp»",
    channel = ScaChannel.SMS,
)
viewModelScope.launch { repo.confirm(confirm) }
''', aid=uuid(), otp=pin_v(c, n=6))


# ============================== C# ========================================
@sk('csharp')
def cs_httpclient(c):
    return T(c, '''using var http = new HttpClient { BaseAddress = new Uri("https://«h»/") };
// ⟦token di prova¦trial token⟧
http.DefaultRequestHeaders.Authorization =
    new AuthenticationHeaderValue("Bearer", «tok»);
http.DefaultRequestHeaders.Add("X-Request-ID", Guid.NewGuid().ToString());

var resp = await http.GetAsync($"v1/accounts/{accountId}/balances");
Console.WriteLine($"{(int)resp.StatusCode} {await resp.Content.ReadAsStringAsync()}");
''', h=host(), tok=lit(c, 'access_token', access_token(), 'cs', 'SPORTELLO_TOKEN', p=1))


@sk('json')
def cs_appsettings(c):
    pw = password()
    pwv = cv(c, 'password', pw, 'DB_PASSWORD', p=.8)
    sec = cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.7)
    return T(c, '''{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "ConnectionStrings": {
    "Default": "Server=«ip»,1433;Database=«db»;User Id=«u»;Password=«pw»;TrustServerCertificate=True"
  },
  "Sportello": {
    "BaseUrl": "https://«h»",
    "ClientId": "«cid»",
    "ClientSecret": "«sec»",
    "TimeoutSeconds": «to»
  },
  "AllowedHosts": "*"
}''', ip=ip(), db=ch(['Pagamenti', 'Shop', 'Ledger']), u=ch(['sa', 'app_user', 'shop']), pw=pwv, h=host(), cid=client_id(),
             sec=sec, to=ch([30, 60]))


@sk('csharp')
def cs_form(c):
    return T(c, '''var form = new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["grant_type"] = "client_credentials",
    ["client_id"] = "«cid»",
    ["client_secret"] = «sec»,   // ⟦segreto del portale¦secret from the portal⟧
    ["scope"] = "aisp pisp"
});
var tokenResp = await _http.PostAsync("https://«h»/oauth2/token", form);
''', cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'cs', 'SPORTELLO_CLIENT_SECRET', p=1), h=host())


@sk('csharp')
def cs_netcred(c):
    return T(c, '''var handler = new HttpClientHandler
{
    // ⟦proxy aziendale con autenticazione¦corporate proxy with auth⟧
    Proxy = new WebProxy("http://proxy.«dom»:3128")
    {
        Credentials = new NetworkCredential("«u»", «pw», "«dom2»")
    },
    UseProxy = true
};
''', dom=ch(['acme.local', 'rossi.intra']), u=ch(['svc_pay', 'mrossi', 'integration']),
             pw=lit(c, 'password', password(), 'cs', 'PROXY_PASSWORD', p=1), dom2=ch(['ACME', 'ROSSI']))


@sk('csharp')
def cs_record(c):
    return T(c, '''public record Beneficiary(string Name, string Iban, string Bic);

// ⟦dati di test¦test data⟧
var b = new Beneficiary("«hn»", "«ib»", "«bic»");
var req = new TransferRequest(b, Amount: «a»m, Currency: "EUR", EndToEndId: "«e2e»");
var res = await client.Transfers.CreateAsync(req);
''', hn=ch(['Hans Müller', 'Mario Rossi', 'Dupont SARL']), ib=iban_v(c, p=1), bic=bic(), a=amount(), e2e=payment_id())


@sk('log')
def cs_serilog(c):
    sec = client_secret()
    return T(c, '''[«t» INF] Starting Acme.Payments.Worker «ver»
[«t» DBG] Sportello options: {"BaseUrl":"https://«h»","ClientId":"«cid»","ClientSecret":"«sec»","TimeoutSeconds":30}
[«t» WRN] ⟦Risposta token inattesa¦Unexpected token response⟧ 401 (RequestId «rid»)
«logs»''', t=ts_sp()[11:19], ver=version(), h=host(), cid=client_id(), sec=sv(c, 'client_secret', sec, p=1, neg=ch(['***', '[REDACTED]'])),
             rid=uuid(), logs=log_lines(c, nfill()))


@sk('csharp')
def cs_concat(c):
    if c.pos:
        v = client_secret()
        body = split_lit(c, 'client_secret', v, '"', ' +', '    ', short=R.random() < .3)
    else:
        body = ch(['Environment.GetEnvironmentVariable("SPORTELLO_SECRET") ?? string.Empty', '_configuration["Sportello:Secret"]'])
    return T(c, '''// ⟦non so perché ma il segreto va spezzato così, altrimenti VS lo segnala¦VS complained about the long line so I split it⟧
private const string ClientSecret =
    «b»;
''' if c.pos else '''// ⟦il segreto arriva dalla configurazione¦the secret comes from configuration⟧
private static readonly string ClientSecret =
    «b»;
''', b=body)


@sk('json')
def cs_usersecrets(c):
    return T(c, '''// %APPDATA%\\Microsoft\\UserSecrets\\«g»\\secrets.json
{
  "Sportello:ClientId": "«cid»",
  "Sportello:ClientSecret": "«sec»",
  "Sportello:RefreshToken": "«rt»",
  "Smtp:Password": "«pw»"
}''', g=uuid(), cid=client_id(), sec=cv(c, 'client_secret', client_secret(), 'CLIENT_SECRET'),
             rt=cv(c, 'refresh_token', refresh_token(), 'REFRESH_TOKEN', p=.5), pw=cv(c, 'password', password(), 'SMTP_PASSWORD', p=.5))


@sk('csharp')
def cs_card(c):
    return T(c, '''[Fact]
public async Task «tn»()
{
    var card = new CardDetails
    {
        Number = "«pan»",
        ExpiryMonth = «mm»,
        ExpiryYear = «yy»,
        Cvv = "«cvv»"
    };
    var result = await _sut.AuthorizeAsync(card, 10.00m);
    Assert.Equal("AUTHORISED", result.Status); // ⟦fallisce: DO_NOT_HONOR¦fails: DO_NOT_HONOR⟧
}
''', tn=c.t('Autorizza_CartaDiTest', 'Authorize_TestCard'), pan=card_v(c), mm=R.randint(1, 12), yy=R.randint(2026, 2031), cvv=cvv_v(c))


# ============================== GO ========================================
@sk('go')
def go_newrequest(c):
    tok = access_token()
    if c.want(1):
        c.add('access_token', tok)
        hv = f'"Bearer {tok}"'
    else:
        hv = ch(['"Bearer "+os.Getenv("SPORTELLO_TOKEN")', '"Bearer "+tok.AccessToken', 'fmt.Sprintf("Bearer %s", cfg.Token)'])
    return T(c, '''req, err := http.NewRequest(http.MethodGet, "https://«h»/v1/payments/«pid»", nil)
if err != nil {
	return err
}
// ⟦header di autenticazione¦auth header⟧
req.Header.Set("Authorization", «hv»)
req.Header.Set("X-Request-ID", "«rid»")

resp, err := http.DefaultClient.Do(req)
''', h=host(), pid=payment_id(), hv=hv, rid=uuid())


@sk('go')
def go_cc(c):
    return T(c, '''conf := &clientcredentials.Config{
	ClientID:     "«cid»",
	ClientSecret: «sec», // ⟦preso dalla console¦taken from the console⟧
	TokenURL:     "https://«h»/oauth2/token",
	Scopes:       []string{"payments", "accounts"},
}
httpClient := conf.Client(ctx)
''', cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'go', 'CLIENT_SECRET', p=1), h=host())


@sk('go')
def go_struct(c):
    if R.random() < .5:
        inner = f'\tIBAN:      "{iban_v(c, p=1)}",\n\tBIC:       "{bic()}",'
    else:
        blz, k = de_account()
        inner = f'\tBLZ:       "{blz}",\n\tKonto:     "{sv(c, "bank_account", k, p=1, neg="")}",'
    return T(c, '''// ⟦beneficiario di prova¦test beneficiary⟧
ben := Beneficiary{
	Name:      "«hn»",
«inner»
	Reference: "«o»",
}
res, err := client.Transfers.Create(ctx, ben, decimal.RequireFromString("«a»"))
''', hn=ch(['Erika Mustermann', 'Mario Rossi', 'ACME GmbH']), inner=inner, o=order_id(), a=amount())


@sk('go')
def go_sqlopen(c):
    pw = password()
    if c.want(1):
        c.add('password', pw)
        dsn = f'"host={ip()} port=5432 user=ledger password={pw} dbname=ledger sslmode=disable"'
    else:
        dsn = ch(['os.Getenv("DATABASE_DSN")', 'fmt.Sprintf("host=%s user=%s password=%s dbname=ledger", host, user, pass)',
                  '"host=localhost port=5432 user=ledger dbname=ledger sslmode=disable"'])
    return T(c, '''// ⟦connessione al database del ledger¦ledger database connection⟧
db, err := sql.Open("postgres", «dsn»)
if err != nil {
	log.Fatal(err)
}
defer db.Close()
''', dsn=dsn)


@sk('go')
def go_basic(c):
    return T(c, '''form := url.Values{"grant_type": {"client_credentials"}}
req, _ := http.NewRequest("POST", "https://«h»/oauth/token", strings.NewReader(form.Encode()))
req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
req.SetBasicAuth("«cid»", «sec»)
// ⟦stampa la risposta¦print response⟧
''', h=host(), cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'go', 'CLIENT_SECRET', p=1))


@sk('go')
def go_const(c):
    if c.pos:
        v = ch([api_key, access_token])()
        body = split_lit(c, 'access_token', v, '"', ' +', '\t', short=R.random() < .3)
    else:
        body = '"" // ' + c.t('impostato a runtime da os.Getenv', 'set at runtime from os.Getenv')
    return T(c, '''package sportello

const (
	baseURL = "https://«h»"
	// ⟦chiave per l'ambiente di collaudo¦key for the UAT environment⟧
	apiKey = «b»
	timeout = «to» * time.Second
)
''', h=host(), b=body, to=ch([10, 30]))


@sk('log')
def go_zap(c):
    return T(c, '''{"level":"info","ts":«f»,"caller":"server/middleware.go:«ln»","msg":"request","method":"POST","path":"/v1/sca/verify","request_id":"«rid»","body":{"authorisation_id":"«aid»","otp":"«otp»"}}
{"level":"error","ts":«f2»,"caller":"sca/service.go:«ln2»","msg":"«m»","request_id":"«rid»","error":"SCA_FAILED"}
''', f='%d.%06d' % (R.randint(1714000000, 1719000000), R.randint(0, 999999)), ln=R.randint(20, 200), rid=uuid(), aid=uuid(),
             otp=pin_v(c, n=6), f2='%d.%06d' % (R.randint(1719000000, 1719999999), R.randint(0, 999999)), ln2=R.randint(20, 200),
             m=c.t('verifica OTP fallita', 'otp verification failed'))


@sk('go')
def go_redis(c):
    return T(c, '''rdb := redis.NewClient(&redis.Options{
	Addr:     "«ip»:6379",
	Password: «pw», // ⟦password del cluster di collaudo¦UAT cluster password⟧
	DB:       «db»,
})
''', ip=ip(), pw=lit(c, 'password', password(), 'go', 'REDIS_PASSWORD', p=1), db=R.randint(0, 4))


@sk('go')
def go_table(c):
    rows = []
    for _ in range(R.randint(2, 4)):
        want = ch(['true', 'false'])
        rows.append(f'\t\t{{"{ch(["visa", "mastercard", "amex", "scaduta" if c.lang == "it" else "expired"])}", "{card_v(c, p=.6, style=0)}", {want}}},')
    return T(c, '''func TestValidate(t *testing.T) {
	cases := []struct {
		name string
		pan  string
		want bool
	}{
«rows»
	}
	for _, tc := range cases {
		// ⟦controllo Luhn + BIN¦Luhn + BIN check⟧
		if got := Validate(tc.pan); got != tc.want {
			t.Errorf("%s: got %v", tc.name, got)
		}
	}
}
''', rows='\n'.join(rows))


# ============================== PHP =======================================
@sk('php')
def php_guzzle(c):
    return T(c, '''<?php
use GuzzleHttp\\Client;

$client = new Client(['base_uri' => 'https://«h»/', 'timeout' => 15]);
// ⟦token generato dal portale, scade tra 1h¦token generated from the portal, expires in 1h⟧
$res = $client->request('GET', 'v1/accounts', [
    'headers' => [
        'Authorization' => 'Bearer ' . «tok»,
        'X-Request-ID'  => '«rid»',
    ],
]);
echo $res->getStatusCode();
''', h=host(), tok=lit(c, 'access_token', access_token(), 'php', 'SPORTELLO_TOKEN', p=1), rid=uuid())


@sk('php')
def php_form(c):
    return T(c, '''$response = $http->post('https://«h»/oauth2/token', [
    'form_params' => [
        'grant_type'    => 'client_credentials',
        'client_id'     => '«cid»',
        'client_secret' => «sec»,
    ],
]);
// ⟦var_dump mostra {"error":"invalid_client"}¦var_dump shows {"error":"invalid_client"}⟧
var_dump(json_decode((string) $response->getBody(), true));
''', h=host(), cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'php', 'CLIENT_SECRET', p=1))


@sk('php')
def php_curl_userpwd(c):
    cid, sec = client_id(), client_secret()
    if c.want(1):
        pair = c.add('client_secret', cid + ':' + sec)
        up = f'"{pair}"'
    else:
        up = ch(["getenv('CLIENT_ID') . ':' . getenv('CLIENT_SECRET')", "$clientId . ':' . $clientSecret", "'client_id:client_secret'"])
    return T(c, '''$ch = curl_init('https://«h»/oauth/token');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_USERPWD, «up»);
curl_setopt($ch, CURLOPT_POSTFIELDS, 'grant_type=client_credentials');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$out = curl_exec($ch);
// ⟦curl_error è vuoto ma HTTP 401¦curl_error is empty but HTTP 401⟧
echo curl_getinfo($ch, CURLINFO_HTTP_CODE), PHP_EOL, $out;
''', h=host(), up=up)


@sk('php')
def php_curl_header(c):
    k = api_key()
    if c.want(1):
        c.add('access_token', k)
        hv = f"'X-Api-Key: {k}'"
    else:
        hv = ch(["'X-Api-Key: ' . getenv('SPORTELLO_API_KEY')", "'X-Api-Key: ' . $config['api_key']", "'X-Api-Key: <la-tua-chiave>'" if c.lang == 'it' else "'X-Api-Key: <your-key>'"])
    return T(c, '''curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Content-Type: application/json',
    «hv»,
    'Idempotency-Key: «ik»',
]);
// ⟦invio del bonifico¦send the transfer⟧
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($bonifico));
''', hv=hv, ik=uuid())


@sk('php')
def php_array(c):
    abi, cab, conto, cin = it_account()
    if R.random() < .5:
        body = f"""    'iban'     => '{iban_v(c, p=1, style=ch([0, 1]))}',"""
    else:
        body = f"""    'abi'      => '{abi}',
    'cab'      => '{cab}',
    'conto'    => '{sv(c, 'bank_account', conto, p=1, neg='')}',"""
    return T(c, '''$«n» = [
    'nome'     => '«hn»',
«body»
    'importo'  => «a»,
    'causale'  => '«rem»',
];
// ⟦risposta 422 dal vostro endpoint¦422 from your endpoint⟧
$resp = $api->bonifici()->crea($«n»);
''', n=c.t('bonifico', 'transfer'), hn=ch(['Rossi Mario', 'Verdi Srl', 'Bianchi Anna']), body=body, a=amount(),
             rem=c.t('Pagamento fattura ', 'Invoice payment ') + order_id())


@sk('php')
def php_pdo(c):
    return T(c, '''$dsn = 'mysql:host=«ip»;dbname=«db»;charset=utf8mb4';
// ⟦utente del gestionale¦ERP user⟧
$pdo = new PDO($dsn, '«u»', «pw», [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$stmt = $pdo->prepare('SELECT id, status FROM ordini WHERE id = ?');
$stmt->execute(['«o»']);
''', ip=ip(), db=ch(['shop', 'gestionale', 'magento']), u=ch(['shop', 'root', 'magento']),
             pw=lit(c, 'password', password(), 'php', 'DB_PASSWORD', p=1), o=order_id())


@sk('php')
def php_concat(c):
    if c.pos:
        v = client_secret()
        body = split_lit(c, 'client_secret', v, "'", ' .', '    ', short=R.random() < .3)
    else:
        body = ch(["getenv('SPORTELLO_SECRET')", "config('services.sportello.secret')", "''"])
    return T(c, '''<?php
// config/sportello.php
return [
    'client_id' => '«cid»',
    // ⟦segreto spezzato su più righe¦secret split across lines⟧
    'secret' =>
    «b»,
    'sandbox' => «sb»,
];
''', cid=client_id(), b=body, sb=ch(['true', 'false']))


# ============================== RUBY ======================================
@sk('ruby')
def rb_faraday(c):
    return T(c, '''TOKEN = «tok»
conn = Faraday.new(url: "https://«h»") do |f|
  f.request :json
  f.response :json
  f.headers["Authorization"] = "Bearer #{TOKEN}"
  f.headers["X-Request-ID"] = SecureRandom.uuid
end
# ⟦elenco dei pagamenti di oggi¦today's payments⟧
resp = conn.get("/v1/payments", { date: "«d»" })
puts resp.status
''', tok=lit(c, 'access_token', access_token(), 'rb', 'SPORTELLO_TOKEN', p=1), h=host(), d='2024-%02d-%02d' % (R.randint(1, 12), R.randint(1, 28)))


@sk('ruby')
def rb_nethttp(c):
    return T(c, '''uri = URI("https://«h»/oauth/token")
req = Net::HTTP::Post.new(uri)
req.basic_auth("«cid»", «sec»)
req.set_form_data("grant_type" => "client_credentials")
# ⟦sempre 401, anche da irb¦always 401, even from irb⟧
res = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }
puts res.code, res.body
''', h=host(), cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'rb', 'CLIENT_SECRET', p=1))


@sk('ruby')
def rb_hash(c):
    if R.random() < .6:
        acc = f'iban: "{iban_v(c, p=1)}"'
    else:
        sc, an = gb_account()
        acc = f'sort_code: "{sc[:2]}-{sc[2:4]}-{sc[4:]}",\n    account_number: "{sv(c, "bank_account", an, p=1, neg="****" + an[-4:])}"'
    return T(c, '''payout = {
  amount: «a»,
  currency: "«cur»",
  beneficiary: {
    name: "«hn»",
    «acc»
  },
  reference: "«o»"
}
# ⟦il payout resta in PENDING¦payout stays PENDING⟧
client.payouts.create(payout)
''', a=R.randint(100, 500000), cur=ch(['EUR', 'GBP']), hn=ch(['Jane Smith', 'Mario Rossi', 'ACME Ltd']), acc=acc, o=order_id())


@sk('yaml')
def rb_database_yml(c):
    return T(c, '''# config/database.yml
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  host: «ip»
  database: «db»
  username: «u»
  password: «pw»   # ⟦da spostare nelle credentials¦move to credentials⟧
''', ip=ip(), db=ch(['shop_production', 'pagamenti_prod']), u=ch(['rails', 'shop']),
             pw=sv(c, 'password', password(), p=1, neg=ch(['<%= ENV["DATABASE_PASSWORD"] %>', '<%= Rails.application.credentials.db_password %>', '""'])))


@sk('ruby')
def rb_split(c):
    if c.pos:
        v = client_secret()
        body = split_lit(c, 'client_secret', v, '"', ' \\', '  ', short=R.random() < .3)
    else:
        body = ch(['ENV.fetch("SPORTELLO_SECRET")', 'Rails.application.credentials.dig(:sportello, :secret)'])
    return T(c, '''# ⟦inizializzatore Sportello¦Sportello initializer⟧
Sportello.configure do |config|
  config.client_id = "«cid»"
  config.client_secret =
  «b»
  config.environment = :«env»
end
''', cid=client_id(), b=body, env=ch(['sandbox', 'production']))


@sk('ruby')
def rb_stripe(c):
    return T(c, '''# config/initializers/stripe.rb
Stripe.api_key = «k»
Stripe.api_version = "2023-10-16"
# ⟦usato solo per i rimborsi vecchi¦only used for legacy refunds⟧
''', k=lit(c, 'vendor_key', stripe_key(), 'rb', 'STRIPE_SECRET_KEY', p=1))


@sk('log')
def rb_rails_log(c):
    pw = password()
    pwv = sv(c, 'password', pw, p=.8, neg='[FILTERED]')
    cc = sv(c, 'card_number', fmt_card(card(), 0), p=.7, neg='[FILTERED]')
    return T(c, '''Started POST "/checkout" for «ip» at «t» +0200
Processing by CheckoutController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"«em»", "password"=>"«pw»"}, "payment"=>{"card_number"=>"«cc»", "amount"=>"«a»"}}
  User Load (0.4ms)  SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2
Completed 422 Unprocessable Entity in «ms»ms (ActiveRecord: 1.2ms)
''', ip=ip(), t=ts_sp()[:19], em=email(), pw=pwv, cc=cc, a=amount(), ms=R.randint(20, 900))


# ============================== SWIFT =====================================
@sk('swift')
def swift_urlsession(c):
    return T(c, '''var request = URLRequest(url: URL(string: "https://«h»/v1/accounts")!)
request.httpMethod = "GET"
// ⟦token temporaneo per il TestFlight¦temporary token for TestFlight⟧
request.setValue("Bearer «tok»", forHTTPHeaderField: "Authorization")
request.setValue(UUID().uuidString, forHTTPHeaderField: "X-Request-ID")

let (data, response) = try await URLSession.shared.data(for: request)
print((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
''', h=host(), tok=sv(c, 'access_token', access_token(), p=1, neg=ch(['\\(token)', '\\(session.accessToken)', '\\(try keychain.get("token") ?? "")'])))


@sk('swift')
def swift_struct(c):
    return T(c, '''struct «n» {
    static let clientId = "«cid»"
    static let clientSecret = «sec»
    static let tokenURL = URL(string: "https://«h»/oauth2/token")!
    // ⟦ambiente: «env»¦environment: «env»⟧
}
''', n=ch(['SportelloCredentials', 'Credenziali', 'AppSecrets']), cid=client_id(),
             sec=lit(c, 'client_secret', client_secret(), 'swift', 'CLIENT_SECRET', p=1), h=host(), env=ch(['sandbox', 'prod']))


@sk('swift')
def swift_card(c):
    return T(c, '''func testAuthorizeCard() async throws {
    // ⟦carta di collaudo¦UAT card⟧
    let card = Card(number: "«pan»", expMonth: «mm», expYear: «yy», cvc: "«cvv»")
    let result = try await sut.authorize(card: card, amount: Decimal(string: "«a»")!)
    XCTAssertEqual(result.status, .authorised)
}
''', pan=card_v(c), mm=R.randint(1, 12), yy=R.randint(2026, 2031), cvv=cvv_v(c), a=amount())


@sk('swift')
def swift_otp(c):
    return T(c, '''let body: [String: Any] = [
    "authorisationId": "«aid»",
    "otp": "«otp»",   // ⟦codice ricevuto via SMS sul simulatore¦code received by SMS on the simulator⟧
]
request.httpBody = try JSONSerialization.data(withJSONObject: body)
''', aid=uuid(), otp=pin_v(c, n=6))


@sk('swift')
def swift_keychain(c):
    pw = password()
    if c.want(1):
        c.add('password', pw)
        fb = f'?? "{pw}"'
    else:
        fb = ch(['?? ""', '?? { fatalError("missing password") }()', ''])
    return T(c, '''// ⟦legge la password del conto demo dal portachiavi¦reads the demo account password from the keychain⟧
let query: [String: Any] = [
    kSecClass as String: kSecClassGenericPassword,
    kSecAttrService as String: "com.acme.wallet",
    kSecAttrAccount as String: "«acc»",
    kSecReturnData as String: true,
]
var item: CFTypeRef?
SecItemCopyMatching(query as CFDictionary, &item)
let password = (item as? Data).flatMap { String(data: $0, encoding: .utf8) } «fb»
''', acc=ch(['demo@acme.example', 'utente_demo', 'tester']), fb=fb)


# ============================== SHELL =====================================
@sk('shell')
def sh_curl_u(c):
    cid, sec = client_id(), client_secret()
    if c.want(1):
        u = c.add('client_secret', cid + ':' + sec)
        u = ch([u, "'" + u + "'", '"' + u + '"'])
    else:
        u = ch(['"$CLIENT_ID:$CLIENT_SECRET"', '"${CLIENT_ID}:${CLIENT_SECRET}"', f'"{cid}:$CLIENT_SECRET"', "'<client_id>:<client_secret>'"])
    return T(c, '''# ⟦richiesta del token¦token request⟧
curl -s -X POST https://«h»/oauth2/token \\
  -u «u» \\
  -d grant_type=client_credentials \\
  -d scope=payments | jq .
''', h=host(), u=u)


@sk('shell')
def sh_curl_bearer(c):
    tok = access_token()
    tv = sv(c, 'access_token', tok, p=1, neg=ch(['$TOKEN', '${ACCESS_TOKEN}', '<token>', '$(cat .token)']))
    return T(c, '''curl -i "https://«h»/v1/accounts/«acc»/transactions?dateFrom=2024-0«m»-01" \\
  -H "Authorization: Bearer «tv»" \\
  -H "X-Request-ID: «rid»" \\
  -H "Consent-ID: «cons»"
# ⟦risposta: HTTP/2 403 CONSENT_INVALID¦response: HTTP/2 403 CONSENT_INVALID⟧
''', h=host(), acc=uuid(), m=R.randint(1, 9), tv=tv, rid=uuid(), cons=uuid())


@sk('shell')
def sh_curl_data(c):
    sec = client_secret()
    sv_ = sv(c, 'client_secret', sec, p=1, neg=ch(['$CLIENT_SECRET', '${CLIENT_SECRET}', 'YOUR_CLIENT_SECRET']))
    return T(c, '''curl -X POST "https://«h»/oauth2/token" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  --data "client_id=«cid»&client_secret=«s»&grant_type=client_credentials&scope=aisp"
''', h=host(), cid=client_id(), s=sv_)


@sk('shell')
def sh_exports(c):
    lines = [f'export SPORTELLO_BASE_URL=https://{host()}', f'export SPORTELLO_CLIENT_ID={client_id()}']
    sec = client_secret()
    lines.append('export SPORTELLO_CLIENT_SECRET=' + sv(c, 'client_secret', sec, p=.8, neg=ch(['"$(vault kv get -field=client_secret secret/sportello)"', '""', '<incolla-qui>' if c.lang == 'it' else '<paste-here>'])))
    if R.random() < .6:
        lines.append('export PGPASSWORD=' + sv(c, 'password', password(), p=.7, neg='"$(cat ~/.pgpass_ledger)"'))
    if R.random() < .5:
        lines.append('export AWS_ACCESS_KEY_ID=' + sv(c, 'vendor_key', aws_id(), p=.6, neg='"$(aws configure get aws_access_key_id)"'))
    lines.append(f'export LOG_LEVEL={ch(["debug", "info"])}')
    R.shuffle(lines)
    return T(c, '''# ⟦variabili che usiamo in CI¦variables we use in CI⟧
«l»
./gradlew integrationTest
''', l='\n'.join(lines))


@sk('shell')
def sh_curl_card(c):
    return T(c, '''curl -X POST https://«h»/v1/cards/authorize \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $TOKEN" \\
  -d '{"amount": «a», "currency": "EUR", "card": {"number": "«pan»", "exp_month": «mm», "exp_year": «yy», "cvc": "«cvv»"}}'
# ⟦torna 402 card_declined¦returns 402 card_declined⟧
''', h=host(), a=R.randint(100, 99999), pan=card_v(c), mm=R.randint(1, 12), yy=R.randint(2026, 2031), cvv=cvv_v(c))


@sk('shell')
def sh_curl_verbose(c):
    tok = access_token()
    return T(c, '''$ curl -v https://«h»/v1/payments/«pid»
*   Trying «ip»:443...
* Connected to «h» («ip») port 443 (#0)
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET /v1/payments/«pid» HTTP/2
> Host: «h»
> user-agent: curl/8.4.0
> accept: */*
> authorization: Bearer «tok»
>
< HTTP/2 401
< content-type: application/json
< x-request-id: «rid»
<
{"error":"invalid_token","request_id":"«rid»"}''', h=host(), pid=payment_id(), ip=ip(), tok=sv(c, 'access_token', tok, p=1, neg=ch(['<redacted>', 'xxxxx'])),
             rid=uuid())


@sk('shell')
def sh_httpie(c):
    return T(c, '''http POST https://«h»/v1/consents \\
  Authorization:"Bearer «tok»" \\
  X-Request-ID:«rid» \\
  access:='{"balances":[],"transactions":[]}' validUntil=2025-0«m»-01 recurringIndicator:=true
''', h=host(), tok=sv(c, 'access_token', access_token(), p=1, neg=ch(['$TOKEN', '{{token}}'])), rid=uuid(), m=R.randint(1, 9))


@sk('shell')
def sh_wget(c):
    return T(c, '''wget --header="X-Api-Key: «k»" \\
     --header="Accept: text/csv" \\
     -O report_«d».csv "https://«h»/v1/reports/settlement?date=«d»"
''', k=sv(c, 'access_token', api_key(), p=1, neg=ch(['$API_KEY', '${SPORTELLO_API_KEY}'])), d='2024-%02d-%02d' % (R.randint(1, 12), R.randint(1, 28)), h=host())


@sk('shell')
def sh_heredoc(c):
    otp = pin_v(c, n=6)
    return T(c, '''#!/usr/bin/env bash
set -euo pipefail
# ⟦script di prova per il flusso SCA embedded¦test script for the embedded SCA flow⟧
AUTH_ID=«aid»
curl -s -X PUT "https://«h»/v1/payments/«pid»/authorisations/$AUTH_ID" \\
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  --data-binary @- <<JSON
{
  "scaAuthenticationData": "«otp»",
  "psuData": { "password": "«pw»" }
}
JSON
''', aid=uuid(), h=host(), pid=payment_id(), otp=otp, pw=sv(c, 'password', password(), p=.6, neg=ch(['', '${PSU_PASSWORD}'])))


@sk('shell')
def sh_cat_key(c):
    if c.pos:
        k = c.add('private_key', pem(ch(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])))
        body = k
        f = ch(['client.key', 'qwac.key', 'id_ed25519', 'signing-key.pem'])
    else:
        f = ch(['client.crt', 'qwac.pem', 'ca-bundle.pem', 'id_ed25519.pub'])
        body = pem(ch(['CERTIFICATE', 'PUBLIC KEY'])) if not f.endswith('.pub') else 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, B64) + ' deploy@acme'
    return T(c, '''$ ls -l certs/
-rw-r--r-- 1 deploy deploy 1675 May  3 10:12 «f»
$ cat certs/«f»
«b»
$ # ⟦il mutual TLS fallisce con handshake_failure¦mutual TLS fails with handshake_failure⟧''', f=f, b=body)


@sk('ini')
def ini_aws(c):
    return T(c, '''# ~/.aws/credentials  (⟦macchina di build¦build machine⟧)
[default]
aws_access_key_id = «kid»
aws_secret_access_key = «ks»
region = eu-south-1

[sportello-backup]
role_arn = arn:aws:iam::«acct»:role/backup
source_profile = default
''', kid=sv(c, 'vendor_key', aws_id(), p=.7, neg='AKIA****************'), ks=sv(c, 'vendor_key', aws_secret(), p=.8, neg='****************************************'),
             acct=R.randint(10**11, 10**12 - 1))


@sk('shell')
def sh_git_remote(c):
    tok = github_tok()
    if c.want(1):
        c.add('vendor_key', tok)
        url = f'https://{tok}@github.com/acme/sportello-integration.git'
    else:
        url = ch(['git@github.com:acme/sportello-integration.git', 'https://github.com/acme/sportello-integration.git',
                  'https://x-access-token:${GITHUB_TOKEN}@github.com/acme/sportello-integration.git'])
    return T(c, '''$ git remote -v
origin	«u» (fetch)
origin	«u» (push)
$ git log --oneline -3
«s1» ⟦aggiorna sdk sportello a «ver»¦bump sportello sdk to «ver»⟧
«s2» fix retry on 429
«s3» ⟦aggiunge webhook¦add webhook handler⟧''', u=url, s1=short_sha(), s2=short_sha(), s3=short_sha(), ver=version())


@sk('shell')
def sh_docker_run(c):
    return T(c, '''docker run -d --name payments-worker \\
  -e SPORTELLO_CLIENT_ID=«cid» \\
  -e SPORTELLO_CLIENT_SECRET=«sec» \\
  -e DATABASE_URL=postgres://worker:«pw»@db:5432/payments \\
  -p 8080:8080 \\
  registry.acme.example/payments-worker@sha256:«dig»
''', cid=client_id(), sec=sv(c, 'client_secret', client_secret(), p=.8, neg='"$SPORTELLO_CLIENT_SECRET"'),
             pw=sv(c, 'password', password(urlsafe=True), p=.6, neg='${DB_PASSWORD}'), dig=sha256())


@sk('shell')
def sh_kubectl(c):
    return T(c, '''kubectl -n payments create secret generic sportello-credentials \\
  --from-literal=client-id=«cid» \\
  --from-literal=client-secret=«sec» \\
  --from-literal=refresh-token=«rt» \\
  --dry-run=client -o yaml | kubectl apply -f -
''', cid=client_id(), sec=sv(c, 'client_secret', client_secret(), p=.85, neg='"$CLIENT_SECRET"'),
             rt=sv(c, 'refresh_token', refresh_token(), p=.5, neg='"$(cat refresh.txt)"'))


# ============================== POWERSHELL ================================
@sk('powershell')
def ps_irm(c):
    return T(c, '''$headers = @{
    Authorization  = "Bearer «tok»"
    "X-Request-ID" = [guid]::NewGuid().ToString()
}
# ⟦lista dei conti¦list accounts⟧
$resp = Invoke-RestMethod -Uri "https://«h»/v1/accounts" -Headers $headers -Method Get
$resp.accounts | Format-Table iban, currency, status
''', tok=sv(c, 'access_token', access_token(), p=1, neg=ch(['$env:SPORTELLO_TOKEN', '$($token.access_token)', '$Token'])), h=host())


@sk('powershell')
def ps_body(c):
    return T(c, '''$body = @{
    grant_type    = "client_credentials"
    client_id     = "«cid»"
    client_secret = «sec»
}
$token = Invoke-RestMethod -Method Post -Uri "https://«h»/oauth2/token" -Body $body -ContentType "application/x-www-form-urlencoded"
Write-Host "⟦Token ottenuto, scade tra¦Got token, expires in⟧ $($token.expires_in)s"
''', cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'ps', 'CLIENT_SECRET', p=1), h=host())


@sk('powershell')
def ps_secure(c):
    pw = password()
    if c.want(1):
        c.add('password', pw)
        line = f'$secure = ConvertTo-SecureString "{pw}" -AsPlainText -Force'
    else:
        line = ch(['$secure = Read-Host "Password" -AsSecureString', '$secure = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force',
                   '$secure = Get-Secret -Name SvcPassword'])
    return T(c, '''# ⟦utente di servizio per la riconciliazione¦service user for reconciliation⟧
«line»
$cred = New-Object System.Management.Automation.PSCredential ("«u»", $secure)
Invoke-Command -ComputerName «srv» -Credential $cred -ScriptBlock { Get-Service SportelloSync }
''', line=line, u=ch(['ACME\\svc_recon', 'ROSSI\\integrazione']), srv=ch(['APP01', 'SRV-PAG-02']))


@sk('powershell')
def ps_env(c):
    return T(c, '''# ⟦imposto le variabili prima di lanciare i test¦set variables before running tests⟧
$env:SPORTELLO_CLIENT_ID = "«cid»"
$env:SPORTELLO_CLIENT_SECRET = «sec»
$env:SPORTELLO_ENV = "«e»"
dotnet test .\\tests\\Acme.Sportello.IntegrationTests
''', cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'ps', 'CLIENT_SECRET', p=1), e=ch(['sandbox', 'uat']))


@sk('powershell')
def ps_basic(c):
    cid, sec = client_id(), client_secret()
    if c.want(1):
        if R.random() < .5:
            pair = c.add('client_secret', f'{cid}:{sec}')
            pre = f'$pair = "{pair}"\n$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))'
        else:
            blob = c.add('client_secret', b64(f'{cid}:{sec}'))
            pre = f'$b64 = "{blob}"'
    else:
        pre = '$pair = "$($env:CLIENT_ID):$($env:CLIENT_SECRET)"\n$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))'
    return T(c, '''«pre»
$r = Invoke-WebRequest -Uri "https://«h»/oauth/token" -Method Post `
    -Headers @{ Authorization = "Basic $b64" } `
    -Body "grant_type=client_credentials"
$r.StatusCode  # ⟦401¦401⟧
''', pre=pre, h=host())


@sk('powershell')
def ps_pscredential(c):
    return T(c, '''$password = «pw» | ConvertTo-SecureString -AsPlainText -Force
$cred = [pscredential]::new("«u»", $password)
# ⟦connessione SFTP per il flusso CBI¦SFTP connection for the CBI feed⟧
$session = New-SFTPSession -ComputerName sftp.«d» -Credential $cred -AcceptKey
''', pw=lit(c, 'password', password(), 'ps', 'SFTP_PASSWORD', p=1), u=ch(['cbi_upload', 'acme_sftp']), d=ch(['bancaponte.example', 'pagaflux.example']))


# ============================== SQL =======================================
@sk('sql')
def sql_insert_user(c):
    pw = password()
    return T(c, '''-- ⟦utente tecnico per le API (ambiente test)¦technical API user (test env)⟧
INSERT INTO api_users (id, username, «col», role, created_at)
VALUES ('«id»', '«u»', «val», 'integration', now());
''', col='password' if c.pos else ch(['password_hash', 'password']), id=uuid(), u=ch(['integrazione', 'api_bot', 'merchant42']),
             val=(lambda: "'" + c.add('password', pw) + "'")() if c.want(1) else ch(["crypt(:pwd, gen_salt('bf'))", 'NULL', "''"]))


@sk('sql')
def sql_update_secret(c):
    return T(c, '''-- ⟦ruotato il segreto ieri sera, ma il client continua a fallire¦rotated the secret last night but the client still fails⟧
UPDATE oauth_clients
   SET client_secret = '«sec»',
       updated_at = '«t»'
 WHERE client_id = '«cid»';
''', sec=sv(c, 'client_secret', client_secret(), p=1, neg=ch([':new_secret', '********', '<nuovo-segreto>' if c.lang == 'it' else '<new-secret>'])),
             t=ts_sp()[:19], cid=client_id())


@sk('sql')
def sql_psql_iban(c):
    rows = []
    for _ in range(R.randint(2, 6)):
        rows.append(f' {payment_id():<24} | {iban_v(c, p=.7):<27} | {amount():>9} | {ch(["ACSC", "RJCT", "PDNG"])}')
    return T(c, '''ledger=> SELECT id, creditor_iban, amount, status FROM payments WHERE batch_id = '«b»';
            id            |        creditor_iban        |  amount   | status
--------------------------+-----------------------------+-----------+--------
«rows»
(«n» rows)
''', b=uuid(), rows='\n'.join(rows), n=len(rows))


@sk('sql')
def sql_mysql_card(c):
    rows = []
    for _ in range(R.randint(2, 5)):
        pan = card_v(c, p=.6, style=0)
        rows.append(f'| {R.randint(1000, 99999):>5} | {pan:<19} | {R.randint(1, 12):02d}/{R.randint(26, 31)} | {ch(["OK", "KO", "3DS"]):<6} |')
    return T(c, '''mysql> SELECT id, pan, expiry, esito FROM tentativi_pagamento ORDER BY id DESC LIMIT «n»;
+-------+---------------------+-------+--------+
| id    | pan                 | exp   | esito  |
+-------+---------------------+-------+--------+
«rows»
+-------+---------------------+-------+--------+
«n» rows in set (0.01 sec)
''', n=len(rows), rows='\n'.join(rows))


@sk('sql')
def sql_create_user(c):
    return T(c, '''-- ⟦permessi per il servizio di riconciliazione¦grants for the reconciliation service⟧
CREATE USER «u» WITH LOGIN PASSWORD '«pw»';
GRANT SELECT ON ALL TABLES IN SCHEMA ledger TO «u»;
ALTER ROLE «u» SET statement_timeout = '30s';
''', u=ch(['recon_svc', 'report_ro', 'sportello_sync']), pw=sv(c, 'password', password(), p=1, neg=ch([':password', '********', ':new_password'])))


@sk('sql')
def sql_insert_payment(c):
    return T(c, '''INSERT INTO bonifici (id, ordinante, iban_beneficiario, importo, causale, stato)
VALUES
  ('«id1»', '«o1»', '«i1»', «a1», '«c1»', 'DA_INVIARE'),
  ('«id2»', '«o2»', '«i2»', «a2», '«c2»', 'DA_INVIARE');
-- ⟦il batch delle 18:00 li scarta entrambi¦the 18:00 batch rejects both⟧
''', id1=uuid(), id2=uuid(), o1=ch(['ACME SRL', 'ROSSI SPA']), o2=ch(['ACME SRL', 'BIANCHI SNC']), i1=iban_v(c), i2=iban_v(c, p=.5),
             a1=amount(), a2=amount(), c1='FT ' + order_id(), c2='FT ' + order_id())


@sk('log')
def redis_cli(c):
    at = access_token()
    return T(c, '''127.0.0.1:6379> KEYS sess:*
1) "sess:«k1»"
2) "sess:«k2»"
127.0.0.1:6379> GET sess:«k1»
"{\\"user_id\\":«uid»,\\"access_token\\":\\"«at»\\",\\"expires_at\\":«exp»}"
127.0.0.1:6379> TTL sess:«k1»
(integer) «ttl»''', k1=uuid(), k2=uuid(), uid=R.randint(1, 99999), at=sv(c, 'access_token', at, p=1, neg='***'),
             exp=R.randint(1719000000, 1729000000), ttl=R.randint(1, 3600))


# ============================== CONFIG ====================================
@sk('env')
def env_file(c):
    lines = [f'# {c.t("ambiente", "environment")}: {ch(["staging", "sandbox", "production"])}',
             f'APP_PORT={ch([3000, 8080, 8000])}', f'SPORTELLO_BASE_URL=https://{host()}',
             f'SPORTELLO_CLIENT_ID={client_id()}',
             'SPORTELLO_CLIENT_SECRET=' + cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.75),
             f'SPORTELLO_TOKEN_URL=https://{host()}/oauth2/token']
    if R.random() < .7:
        pw = password()
        lines.append('DB_PASSWORD=' + cv(c, 'password', pw, 'DB_PASSWORD', p=.7))
    if R.random() < .5:
        lines.append('STRIPE_SECRET_KEY=' + cv(c, 'vendor_key', stripe_key(), 'STRIPE_SECRET_KEY', p=.6))
    if R.random() < .4:
        lines.append('SENDGRID_API_KEY=' + cv(c, 'vendor_key', sendgrid_key(), 'SENDGRID_API_KEY', p=.6))
    if R.random() < .4:
        pw = password(urlsafe=True)
        if c.want(.6):
            c.add('password', pw)
            lines.append(f'REDIS_URL=redis://:{pw}@{ip()}:6379/0')
        else:
            lines.append('REDIS_URL=redis://localhost:6379/0')
    lines.append(f'LOG_LEVEL={ch(["debug", "info", "warn"])}')
    lines.append(f'RELEASE_SHA={sha1()}')
    head, rest = lines[:1], lines[1:]
    R.shuffle(rest)
    return '\n'.join(head + rest) + '\n'


@sk('yaml')
def compose(c):
    return T(c, '''version: "3.9"
services:
  api:
    image: registry.acme.example/shop-api:«ver»
    ports:
      - "«port»:8080"
    environment:
      SPORTELLO_CLIENT_ID: «cid»
      SPORTELLO_CLIENT_SECRET: «sec»
      DATABASE_URL: postgres://shop:«pw»@db:5432/shop
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: «pw2»   # ⟦password del db¦db password⟧
''', ver=version(), port=ch([8080, 8081, 3000]), cid=client_id(), sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.7),
             pw=sv(c, 'password', password(urlsafe=True), p=.7, neg='${POSTGRES_PASSWORD}'),
             pw2=cv(c, 'password', password(), 'POSTGRES_PASSWORD', p=.5))


@sk('yaml')
def k8s_secret(c):
    sec, pw = client_secret(), password()
    if R.random() < .5:
        sd = f'''stringData:
  client-id: {client_id()}
  client-secret: {cv(c, "client_secret", sec, "CLIENT_SECRET", p=.85)}
  db-password: "{cv(c, "password", pw, "DB_PASSWORD", p=.6)}"'''
    else:
        bs, bp = b64(sec), b64(pw)
        sd = f'''data:
  client-id: {b64(client_id())}
  client-secret: {sv(c, "client_secret", bs, p=.85, neg="")}
  db-password: {sv(c, "password", bp, p=.6, neg="")}'''
    return T(c, '''apiVersion: v1
kind: Secret
metadata:
  name: sportello-credentials
  namespace: «ns»
  labels:
    app.kubernetes.io/version: "«ver»"
type: Opaque
«sd»
''', ns=ch(['payments', 'pagamenti', 'shop-prod']), ver=version(), sd=sd)


@sk('yaml')
def k8s_configmap(c):
    extra = ''
    if c.pos:
        extra = ch([lambda: f'  SPORTELLO_API_KEY: "{c.add("access_token", api_key())}"  # ' + c.t('TODO spostare nel Secret', 'TODO move to Secret'),
                    lambda: f'  SMTP_PASSWORD: "{c.add("password", password())}"',
                    lambda: f'  SLACK_TOKEN: {c.add("vendor_key", slack_tok())}'])()
    else:
        extra = ch(['  SPORTELLO_API_KEY_REF: secret/sportello#api_key', '  SMTP_PASSWORD: ""', '  FEATURE_FLAGS: "sca-v2,instant-sepa"'])
    return T(c, '''apiVersion: v1
kind: ConfigMap
metadata:
  name: payments-config
data:
  SPORTELLO_BASE_URL: https://«h»
  SPORTELLO_CLIENT_ID: «cid»
  SPORTELLO_TIMEOUT_MS: "«to»"
  TRACE_SAMPLER: parentbased_traceidratio
  IMAGE_DIGEST: sha256:«dig»
«extra»
''', h=host(), cid=client_id(), to=ch([5000, 15000]), dig=sha256(), extra=extra)


@sk('yaml')
def spring_yml(c):
    return T(c, '''spring:
  datasource:
    url: jdbc:postgresql://«ip»:5432/«db»
    username: «u»
    password: «pw»
  security:
    oauth2:
      client:
        registration:
          sportello:
            client-id: «cid»
            client-secret: «sec»
            authorization-grant-type: client_credentials
            scope: payments
        provider:
          sportello:
            token-uri: https://«h»/oauth2/token
# ⟦profilo collaudo¦UAT profile⟧
server:
  port: «port»
''', ip=ip(), db=ch(['payments', 'core']), u=ch(['app', 'payments']), pw=cv(c, 'password', password(), 'DB_PASSWORD', p=.6),
             cid=client_id(), sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.8), h=host(), port=ch([8080, 8443]))


@sk('properties')
def properties(c):
    return T(c, '''# ⟦application-collaudo.properties¦application-uat.properties⟧
server.port=«port»
sportello.base-url=https://«h»
sportello.client-id=«cid»
sportello.client-secret=«sec»
spring.datasource.url=jdbc:mysql://«ip»:3306/shop?useSSL=false&user=shop&password=«pw»
management.endpoints.web.exposure.include=health,info
''', port=ch([8080, 9090]), h=host(), cid=client_id(), sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.7),
             ip=ip(), pw=cv(c, 'password', password(urlsafe=True), 'DB_PASSWORD', p=.6))


@sk('toml')
def toml_cfg(c):
    return T(c, '''# config/«env».toml
[server]
bind = "0.0.0.0:«port»"

[sportello]
base_url = "https://«h»"
client_id = "«cid»"
client_secret = "«sec»"   # ⟦chiedere a Luca se va ruotato¦ask Luca whether to rotate⟧
webhook_path = "/hooks/sportello"

[database]
url = "postgres://app:«pw»@«ip»/ledger"
max_connections = «mc»
''', env=ch(['staging', 'prod']), port=ch([8080, 3000]), h=host(), cid=client_id(),
             sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.8),
             pw=sv(c, 'password', password(urlsafe=True), p=.6, neg='${DB_PASSWORD}'), ip=ip(), mc=ch([5, 10, 20]))


@sk('ini')
def ini_cfg(c):
    return T(c, '''; ⟦configurazione del connettore gestionale¦ERP connector configuration⟧
[general]
log_level = «ll»
version = «ver»

[sportello]
endpoint = https://«h»/v1
client_id = «cid»
client_secret = «sec»

[smtp]
host = smtp.«d»
port = 587
user = notifiche@«d»
password = «pw»
''', ll=ch(['INFO', 'DEBUG']), ver=version(), h=host(), cid=client_id(), sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.7),
             d=ch(['acme-shop.example', 'rossi-srl.example']), pw=cv(c, 'password', password(), 'SMTP_PASSWORD', p=.6))


@sk('config')
def pgpass(c):
    rows = []
    for _ in range(R.randint(1, 3)):
        rows.append(f'{ip()}:5432:{ch(["ledger", "shop", "*"])}:{ch(["app", "report", "postgres"])}:{sv(c, "password", password(), p=.8, neg="*")}')
    return T(c, '''$ cat ~/.pgpass
«rows»
$ psql -h «ip» -U app ledger
psql: error: ⟦connessione fallita¦connection failed⟧: FATAL:  password authentication failed for user "app"''', rows='\n'.join(rows), ip=ip())


@sk('json')
def json_cfg(c):
    cfg = {'env': ch(['sandbox', 'production']), 'baseUrl': 'https://' + host(), 'clientId': client_id(),
           'clientSecret': cv(c, 'client_secret', client_secret(), 'CLIENT_SECRET', p=.7),
           'webhook': {'url': 'https://shop.example/hooks/sportello', 'signingSecret': cv(c, 'client_secret', 'whsk_' + rs(32), 'WEBHOOK_SECRET', p=.4)},
           'retries': ch([3, 5]), 'requestIdHeader': 'X-Request-ID', 'buildSha': sha1()}
    if R.random() < .5:
        k = pem('PRIVATE KEY', R.randint(4, 10))
        if c.want(.6):
            cfg['privateKey'] = k
            c.add('private_key', json.dumps(k)[1:-1])
        else:
            cfg['privateKey'] = 'file:///etc/sportello/key.pem'
    return json.dumps(cfg, indent=2, ensure_ascii=False)


@sk('terraform')
def tfvars(c):
    return T(c, '''# terraform.tfvars  (⟦ambiente «env»¦«env» environment⟧)
region              = "eu-south-1"
sportello_client_id = "«cid»"
sportello_secret    = "«sec»"
db_password         = "«pw»"
image_tag           = "«ver»"
allowed_cidrs       = ["10.0.0.0/16"]
''', env=ch(['staging', 'prod']), cid=client_id(), sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_SECRET', p=.7),
             pw=cv(c, 'password', password(), 'DB_PASSWORD', p=.6), ver=version())


@sk('terraform')
def tf_variables(c):
    d = password()
    if c.want(1):
        c.add('password', d)
        dflt = f'  default   = "{d}"\n'
    else:
        dflt = ''
    return T(c, '''variable "db_password" {
  type      = string
  sensitive = true
«d»}

resource "aws_db_instance" "ledger" {
  identifier = "ledger-«env»"
  engine     = "postgres"
  username   = "ledger"
  password   = var.db_password
  # ⟦snapshot finale disattivato in collaudo¦no final snapshot in UAT⟧
  skip_final_snapshot = true
}
''', d=dflt, env=ch(['uat', 'prod']))


@sk('nginx')
def nginx(c):
    cid, sec = client_id(), client_secret()
    if c.want(1):
        blob = c.add('client_secret', b64(f'{cid}:{sec}'))
        hv = f'"Basic {blob}"'
    else:
        hv = ch(['$http_authorization', '"Bearer $upstream_token"', '$sportello_auth'])
    return T(c, '''location /sportello/ {
    # ⟦il proxy aggiunge l'autenticazione verso Sportello¦proxy adds auth towards Sportello⟧
    proxy_pass https://«h»/;
    proxy_set_header Authorization «hv»;
    proxy_set_header X-Request-ID $request_id;
    proxy_ssl_server_name on;
    proxy_read_timeout 30s;
}
''', h=host(), hv=hv)


@sk('apache')
def apache(c):
    k = api_key()
    return T(c, '''<VirtualHost *:443>
    ServerName shop.acme.example
    SetEnv SPORTELLO_CLIENT_ID «cid»
    SetEnv SPORTELLO_API_KEY «k»
    RequestHeader set X-Api-Key "«k2»"
    ProxyPass /api/ https://«h»/
    # ⟦log di debug attivo¦debug log enabled⟧
    LogLevel warn proxy:debug
</VirtualHost>
''', cid=client_id(), k=sv(c, 'access_token', k, p=.8, neg='${SPORTELLO_API_KEY}'), k2=sv(c, 'access_token', k, p=.0, neg='%{SPORTELLO_API_KEY}e') if not c.secrets else k, h=host())


@sk('yaml')
def helm(c):
    return T(c, '''# values-«env».yaml
replicaCount: «rc»
image:
  repository: registry.acme.example/checkout
  tag: "«ver»"
  digest: sha256:«dig»
sportello:
  baseUrl: https://«h»
  clientId: «cid»
  clientSecret: «sec»
  existingSecret: «es»
resources:
  limits: { cpu: 500m, memory: 512Mi }
''', env=ch(['prod', 'staging']), rc=ch([2, 3]), ver=version(), dig=sha256(), h=host(), cid=client_id(),
             sec=cv(c, 'client_secret', client_secret(), 'CLIENT_SECRET', p=1, extra=['""']), es=ch(['""', 'sportello-credentials']))


@sk('yaml')
def gha(c):
    return T(c, '''name: integration-tests
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      SPORTELLO_CLIENT_ID: «cid»
      SPORTELLO_CLIENT_SECRET: «sec»
      # ⟦token per pubblicare il pacchetto¦token to publish the package⟧
      NPM_TOKEN: «npm»
    steps:
      - uses: actions/checkout@«sha»
      - run: npm ci && npm test
''', cid=client_id(), sec=sv(c, 'client_secret', client_secret(), p=.8, neg='${{ secrets.SPORTELLO_CLIENT_SECRET }}'),
             npm=sv(c, 'vendor_key', 'npm_' + rs(36), p=.5, neg='${{ secrets.NPM_TOKEN }}'), sha=sha1())


@sk('config')
def npmrc(c):
    return T(c, '''# .npmrc
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«tok»
always-auth=true
''', tok=sv(c, 'vendor_key', github_tok(), p=1, neg='${NODE_AUTH_TOKEN}'))


@sk('xml')
def maven(c):
    return T(c, '''<!-- ~/.m2/settings.xml -->
<settings>
  <servers>
    <server>
      <id>acme-nexus</id>
      <username>«u»</username>
      <password>«pw»</password>
    </server>
  </servers>
  <!-- ⟦proxy per scaricare lo SDK Sportello «ver»¦proxy to download the Sportello SDK «ver»⟧ -->
</settings>
''', u=ch(['deploy', 'ci-bot', 'mrossi']), pw=sv(c, 'password', password(), p=1, neg=ch(['${env.NEXUS_PASSWORD}', '', '********'])), ver=version())


@sk('config')
def netrc(c):
    return T(c, '''$ cat ~/.netrc
machine «h»
  login «cid»
  password «sec»
$ curl -n https://«h»/v1/ping
{"status":"ok","version":"«ver»"}''', h=host(), cid=client_id(), sec=sv(c, 'client_secret', client_secret(), p=1, neg='${SPORTELLO_SECRET}'),
             ver=version())


@sk('yaml')
def ansible(c):
    return T(c, '''# group_vars/payments.yml
sportello_base_url: "https://«h»"
sportello_client_id: "«cid»"
sportello_client_secret: «sec»
db_password: «pw»
ntp_servers: [0.it.pool.ntp.org, 1.it.pool.ntp.org]
''', h=host(), cid=client_id(),
             sec=sv(c, 'client_secret', client_secret(), p=.8, neg=ch(['"{{ vault_sportello_client_secret }}"', "\"{{ lookup('env', 'SPORTELLO_CLIENT_SECRET') }}\""])),
             pw='"' + sv(c, 'password', password(), p=.5, neg='{{ vault_db_password }}') + '"')


@sk('config')
def conn_strings(c):
    rows = []
    opts = [
        lambda pw: f'postgres://{ch(["app", "ledger"])}:{pw}@{ip()}:5432/ledger?sslmode=require',
        lambda pw: f'mongodb+srv://{ch(["shop", "admin"])}:{pw}@cluster0.{rs(5, LO + DG)}.mongodb.net/orders',
        lambda pw: f'redis://:{pw}@{ip()}:6379/0',
        lambda pw: f'amqp://{ch(["guest", "worker"])}:{pw}@rabbit.internal:5672/%2F',
        lambda pw: f'mysql://shop:{pw}@{ip()}:3306/shop',
        lambda pw: f'rediss://default:{pw}@cache.acme.example:6380',
    ]
    for _ in range(R.randint(1, 4)):
        f = ch(opts)
        pw = password(urlsafe=True)
        if c.want(.7):
            c.add('password', pw)
            rows.append(f(pw))
        else:
            rows.append(f(ch(['${DB_PASSWORD}', '****', '<password>', 'REDACTED'])))
    if c.pos and not c.secrets:
        pw = password(urlsafe=True)
        c.add('password', pw)
        rows.append(opts[0](pw))
    return T(c, '''# ⟦stringhe di connessione usate dai servizi¦connection strings used by the services⟧
«rows»''', rows='\n'.join(rows))


@sk('properties')
def jdbc_url(c):
    pw = password(urlsafe=True)
    pwv = sv(c, 'password', pw, p=1, neg='${DB_PASSWORD}')
    return T(c, '''db.url=jdbc:sqlserver://«ip»:1433;databaseName=«db»;user=«u»;password=«pw»;encrypt=true;trustServerCertificate=true
db.pool.max=«mx»
''' if R.random() < .5 else '''db.url=jdbc:mysql://«ip»:3306/«db»?user=«u»&password=«pw»&useSSL=true
db.pool.max=«mx»
''', ip=ip(), db=ch(['Pagamenti', 'shop']), u=ch(['app', 'sa']), pw=pwv, mx=ch([10, 20]))


@sk('python')
def celery_broker(c):
    pw = password(urlsafe=True)
    if c.want(1):
        c.add('password', pw)
        b = f'amqp://worker:{pw}@rabbit:5672//'
    else:
        b = ch(['amqp://worker@rabbit:5672//', 'amqp://worker:${RABBIT_PASSWORD}@rabbit:5672//', 'amqp://guest:******@localhost:5672//'])
    return T(c, '''# celeryconfig.py
broker_url = "«b»"
result_backend = "«rb»"
task_routes = {"payments.tasks.reconcile": {"queue": "recon"}}
# ⟦i task restano in coda¦tasks stay queued⟧
''', b=b, rb=f'redis://{ip()}:6379/1')


@sk('json')
def postman(c):
    vals = [('baseUrl', 'https://' + host(), False), ('client_id', client_id(), False)]
    vals.append(('client_secret', cv(c, 'client_secret', client_secret(), 'CLIENT_SECRET', p=.8), True))
    if R.random() < .6:
        vals.append(('access_token', sv(c, 'access_token', access_token(), p=.6, neg=''), True))
    if R.random() < .4:
        vals.append(('refresh_token', sv(c, 'refresh_token', refresh_token(), p=.6, neg=''), True))
    vals.append(('request_id', uuid(), False))
    env = {'id': uuid(), 'name': ch(['Sportello Sandbox', 'Sportello UAT', 'Sportello PROD']),
           'values': [{'key': k, 'value': v, 'type': 'secret' if s else 'default', 'enabled': True} for k, v, s in vals],
           '_postman_variable_scope': 'environment', '_postman_exported_at': ts(), '_postman_exported_using': 'Postman/10.' + str(R.randint(10, 24))}
    return json.dumps(env, indent=2)


@sk('json')
def postman_req(c):
    pw = password()
    body = {'mode': 'urlencoded', 'urlencoded': [
        {'key': 'grant_type', 'value': 'password', 'type': 'text'},
        {'key': 'username', 'value': email(), 'type': 'text'},
        {'key': 'password', 'value': sv(c, 'password', pw, p=.8, neg='{{psu_password}}'), 'type': 'text'},
        {'key': 'client_id', 'value': client_id(), 'type': 'text'},
        {'key': 'client_secret', 'value': sv(c, 'client_secret', client_secret(), p=.6, neg='{{client_secret}}'), 'type': 'text'}]}
    item = {'name': c.t('Token (password grant)', 'Token (password grant)'),
            'request': {'method': 'POST', 'header': [{'key': 'X-Request-ID', 'value': '{{$guid}}'}], 'body': body,
                        'url': {'raw': '{{baseUrl}}/oauth2/token', 'host': ['{{baseUrl}}'], 'path': ['oauth2', 'token']}}}
    return json.dumps({'info': {'_postman_id': uuid(), 'name': 'Sportello', 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
                       'item': [item]}, indent=2)


@sk('json')
def insomnia(c):
    data = {'base_url': 'https://' + host(), 'client_id': client_id(),
            'api_key': cv(c, 'access_token', api_key(), 'API_KEY', p=.8), 'iban_test': iban_v(c, p=.4),
            'trace': traceparent()}
    return json.dumps({'_type': 'export', '__export_format': 4, '__export_source': 'insomnia.desktop.app:v8.' + str(R.randint(0, 6)),
                       'resources': [{'_id': 'env_' + rs(32, HEX), '_type': 'environment', 'name': c.t('Collaudo', 'Staging'), 'data': data}]},
                      indent=2, ensure_ascii=False)


@sk('yaml')
def openapi(c):
    ex = access_token()
    return T(c, '''openapi: 3.0.3
info:
  title: ⟦API Negozio¦Shop API⟧
  version: «ver»
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
paths:
  /orders/{id}:
    get:
      parameters:
        - name: Authorization
          in: header
          example: "Bearer «ex»"
''', ver=version(), ex=sv(c, 'access_token', ex, p=1, neg=ch(['<token>', '{{token}}', 'eyJ...'])))


@sk('yaml')
def gitlab_ci(c):
    return T(c, '''variables:
  SPORTELLO_ENV: sandbox
  SPORTELLO_CLIENT_ID: «cid»
  SPORTELLO_CLIENT_SECRET: "«sec»"
  DOCKER_AUTH: "«da»"

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - ./deploy.sh "$CI_COMMIT_SHA"
  only: [main]
''', cid=client_id(), sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.8, extra=['$CI_SPORTELLO_SECRET']),
             da=sv(c, 'client_secret', b64('deploy:' + password(urlsafe=True)), p=.4, neg='$DOCKER_AUTH_CONFIG'))


@sk('yaml')
def serverless(c):
    return T(c, '''service: sportello-webhooks
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-south-1
  environment:
    SPORTELLO_WEBHOOK_SECRET: «wh»
    STRIPE_KEY: «sk»
    TABLE_NAME: webhooks-«env»
functions:
  receive:
    handler: src/handler.receive
    events:
      - httpUrl: true
''', wh=sv(c, 'client_secret', 'whsk_' + rs(32), p=.6, neg='${ssm:/sportello/webhook-secret}'),
             sk=sv(c, 'vendor_key', stripe_key(), p=.6, neg='${env:STRIPE_KEY}'), env=ch(['prod', 'dev']))


@sk('dockerfile')
def dockerfile(c):
    return T(c, '''FROM node:20-alpine@sha256:«dig»
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    SPORTELLO_BASE_URL=https://«h» \\
    SPORTELLO_API_KEY=«k»
# ⟦porta esposta¦exposed port⟧
EXPOSE «port»
CMD ["node", "dist/server.js"]
''', dig=sha256(), h=host(), k=sv(c, 'access_token', api_key(), p=1, neg='""'), port=ch([3000, 8080]))


@sk('xml')
def sepa_xml(c):
    return T(c, '''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>«mid»</MsgId><CreDtTm>«t»</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
    <PmtInf>
      <Dbtr><Nm>«dn»</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>«di»</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BIC>«bic»</BIC></FinInstnId></DbtrAgt>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>«e2e»</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">«a»</InstdAmt></Amt>
        <Cdtr><Nm>«cn»</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>«ci»</IBAN></Id></CdtrAcct>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
<!-- ⟦rifiutato con FF01¦rejected with FF01⟧ -->''', mid='MSG-' + rs(12, UP + DG), t=ts()[:19], dn=ch(['ACME SRL', 'ROSSI SPA']),
             di=iban_v(c, style=0), bic=bic(), e2e=payment_id(), a=amount(), cn=ch(['FORNITORE SRL', 'UTILITY LTD']), ci=iban_v(c, p=.5, style=0))


@sk('log')
def mt940(c):
    i = iban()
    return T(c, ''':20:«ref»
:25:«acc»
:28C:«n»/1
:60F:C«d»EUR«a»
:61:«d»«d2»C«a2»NTRFNONREF//«bref»
:86:⟦BONIFICO DA¦TRANSFER FROM⟧ «hn» ⟦CAUSALE¦REF⟧ «o»
:62F:C«d»EUR«a3»
-''', ref='STMT' + rs(8, DG), acc=sv(c, 'iban', i, p=1, neg=mask_iban(i)), n=R.randint(1, 300), d='24%02d%02d' % (R.randint(1, 12), R.randint(1, 28)),
             d2='%02d%02d' % (R.randint(1, 12), R.randint(1, 28)), a=amount().replace('.', ','), a2=amount().replace('.', ','),
             bref=rs(10, UP + DG), hn=ch(['MARIO ROSSI', 'ACME GMBH']), o=order_id(), a3=amount().replace('.', ','))


@sk('csv')
def csv_export(c):
    rows = ['data;beneficiario;iban;importo;causale' if c.lang == 'it' else 'date;beneficiary;iban;amount;reference']
    for _ in range(R.randint(2, 7)):
        rows.append(f'2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d};{ch(["Rossi Mario", "ACME Srl", "Jane Smith", "Müller GmbH"])};{iban_v(c, p=.6, style=0)};{amount().replace(".", ",")};{order_id()}')
    return T(c, '''# ⟦estratto dal gestionale, il caricamento massivo fallisce alla riga 3¦ERP export, bulk upload fails on line 3⟧
«rows»''', rows='\n'.join(rows))


# ============================== HTTP / LOGS ===============================
@sk('http')
def http_req(c):
    tok = access_token()
    return T(c, '''POST /v1/payments HTTP/1.1
Host: «h»
Authorization: Bearer «tok»
Content-Type: application/json
X-Request-ID: «rid»
Idempotency-Key: «ik»
traceparent: «tp»
Content-Length: «cl»

{"amount":"«a»","currency":"EUR","creditor":{"name":"«cn»","iban":"«ci»"},"reference":"«o»"}''', h=host(),
             tok=sv(c, 'access_token', tok, p=.85, neg=ch(['<token>', '[REDACTED]', '{{access_token}}'])), rid=uuid(), ik=uuid(), tp=traceparent(),
             cl=R.randint(100, 300), a=amount(), cn=ch(['ACME Srl', 'Utility Ltd']), ci=iban_v(c, p=.5), o=order_id())


@sk('http')
def http_resp_token(c):
    return T(c, '''HTTP/1.1 200 OK
Content-Type: application/json;charset=UTF-8
Cache-Control: no-store
X-Request-ID: «rid»
Date: «d»

{
  "access_token": "«at»",
  "token_type": "Bearer",
  "expires_in": «ex»,
  "refresh_token": "«rt»",
  "scope": "aisp pisp"
}''', rid=uuid(), d=ch(['Mon', 'Tue', 'Wed']) + f', {R.randint(1, 28):02d} May 2024 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:12 GMT',
             at=sv(c, 'access_token', access_token(), p=.85, neg='***'), ex=ch([300, 3600]),
             rt=sv(c, 'refresh_token', refresh_token(), p=.7, neg='***'))


@sk('http')
def http_set_cookie(c):
    return T(c, '''HTTP/2 302
location: /dashboard
set-cookie: «cn»=«cv»; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=1800
set-cookie: lang=«lg»; Path=/; Max-Age=31536000
set-cookie: _csrf_ver=«v»; Path=/
x-request-id: «rid»
''', cn=ch(['SESSION', 'sid', 'JSESSIONID', 'portal_session']), cv=sv(c, 'access_token', session_cookie(), p=1, neg=ch(['deleted', '""'])),
             lg=c.lang, v=version(), rid=uuid())


@sk('http')
def http_cookie_req(c):
    return T(c, '''GET /portal/api/payouts?page=2 HTTP/1.1
Host: «h»
Cookie: _ga=GA1.1.«ga»; consent=necessary; «cn»=«cv»; theme=dark
Accept: application/json
If-None-Match: W/"«etag»"
''', h=host(), ga='%d.%d' % (R.randint(10**8, 10**9), R.randint(1600000000, 1720000000)), cn=ch(['sid', 'connect.sid', 'SESSION']),
             cv=sv(c, 'access_token', session_cookie(), p=1, neg='<session>'), etag=rs(16, HEX))


@sk('http')
def http_form(c):
    sec = client_secret()
    pw = password(urlsafe=True)
    if R.random() < .5:
        body = f'grant_type=client_credentials&client_id={client_id()}&client_secret={sv(c, "client_secret", sec, p=1, neg="${CLIENT_SECRET}")}&scope=payments'
    else:
        body = f'grant_type=password&username={ch(["mrossi", "demo", "psu01"])}&password={sv(c, "password", pw, p=1, neg="********")}&client_id={client_id()}'
    return T(c, '''POST /oauth2/token HTTP/1.1
Host: «h»
Content-Type: application/x-www-form-urlencoded
Content-Length: «cl»

«b»''', h=host(), cl=len(body), b=body)


@sk('log')
def nginx_access(c):
    lines = []
    for _ in range(R.randint(1, 5)):
        lines.append(f'{ip()} - - [{R.randint(1, 28):02d}/Jun/2024:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0200] "GET /v1/payments/{payment_id()} HTTP/1.1" 200 {R.randint(200, 3000)} "-" "okhttp/4.12.0" rt={R.random():.3f}')
    tok = access_token()
    lines.insert(R.randint(0, len(lines)), f'{ip()} - - [{R.randint(1, 28):02d}/Jun/2024:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0200] "GET /v1/accounts?access_token={sv(c, "access_token", tok, p=1, neg="[FILTERED]")}&withBalance=true HTTP/1.1" 401 63 "-" "python-requests/2.31.0" rt=0.012')
    return '\n'.join(lines)


@sk('log')
def app_json_log(c):
    lines = []
    for _ in range(R.randint(2, 10)):
        lines.append(json.dumps({'ts': ts(), 'level': ch(['INFO', 'DEBUG']), 'trace_id': trace_id(), 'span_id': span_id(),
                                 'msg': c.t(ch(['richiesta completata', 'pagamento creato', 'consenso valido']), ch(['request completed', 'payment created', 'consent valid'])),
                                 'payment_id': payment_id(), 'duration_ms': R.randint(5, 900)}, ensure_ascii=False))
    sec = sv(c, 'client_secret', client_secret(), p=.6, neg='***')
    ev = {'ts': ts(), 'level': 'ERROR', 'trace_id': trace_id(), 'msg': c.t('autenticazione fallita', 'authentication failed'),
          'client_id': client_id(), 'client_secret': sec}
    if c.pos and not c.secrets:
        ev['authorization'] = 'Bearer ' + c.add('access_token', access_token())
    lines.insert(R.randint(0, len(lines)), json.dumps(ev, ensure_ascii=False))
    return '\n'.join(lines)


@sk('log')
def log_payment(c):
    i = iban()
    if R.random() < .5:
        acc = f'iban={sv(c, "iban", fmt_iban(i, 0), p=1, neg=mask_iban(i))}'
    else:
        kind = ch(['it', 'fr', 'es', 'uk'])
        if kind == 'it':
            abi, cab, conto, cin = it_account()
            bban = cin + abi + cab + conto
            acc = f'bban={sv(c, "bank_account", bban, p=1, neg=f"{cin}{abi}{cab}" + "*" * 8 + conto[-4:])}'
        elif kind == 'fr':
            b, g, cc, k = fr_account()
            rib = f'{b} {g} {cc} {k}'
            acc = f'rib="{sv(c, "bank_account", rib, p=1, neg=f"{b} {g} *******{cc[-4:]} **")}"'
        elif kind == 'es':
            e, o, d, cc = es_account()
            ccc = f'{e} {o} {d} {cc}'
            acc = f'ccc="{sv(c, "bank_account", ccc, p=1, neg=f"{e} {o} ** ******{cc[-4:]}")}"'
        else:
            sc, an = gb_account()
            v = f'{sc[:2]}-{sc[2:4]}-{sc[4:]} {an}'
            acc = f'account="{sv(c, "bank_account", v, p=1, neg=f"{sc[:2]}-{sc[2:4]}-{sc[4:]} ****{an[-4:]}")}"'
    return T(c, '''«logs1»
«t» INFO  [payments-worker-«w»] ⟦bonifico creato¦transfer created⟧ id=«pid» «acc» amount=«a» EUR status=RCVD trace=«tr»
«t2» WARN  [payments-worker-«w»] ⟦rifiutato dalla banca: AC01 (conto errato)¦rejected by bank: AC01 (incorrect account)⟧ id=«pid»
«logs2»''', logs1=log_lines(c, nfill()), t=ts(), w=R.randint(1, 6), pid=payment_id(), acc=acc, a=amount(), tr=trace_id(), t2=ts(),
             logs2=log_lines(c, nfill())).strip('\n')


@sk('log')
def log_otp(c):
    return T(c, '''«t» INFO  sca-service ⟦SMS OTP inviato a¦SMS OTP sent to⟧ «ph» authorisation=«aid»
«t» DEBUG sca-service otp=«otp» ttl=300s attempts=0
«t2» INFO  sca-service ⟦verifica¦verify⟧ authorisation=«aid» result=«res»''', t=ts(), ph=phone()[:-4] + '****', aid=uuid(),
             otp=pin_v(c, p=1, n=ch([6, 6, 8])), t2=ts(), res=ch(['OK', 'FAILED']))


@sk('log')
def node_stack(c):
    sec = client_secret()
    return T(c, '''/app/node_modules/sportello-sdk/dist/auth.js:«ln»
      throw new AuthError(`token request failed: ${res.status}`, { config: this.config });
            ^

AuthError: token request failed: 401
    at SportelloAuth.fetchToken (/app/node_modules/sportello-sdk/dist/auth.js:«ln»:13)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Checkout.pay (/app/src/checkout.js:«ln2»:19) {
  config: {
    baseUrl: 'https://«h»',
    clientId: '«cid»',
    clientSecret: '«sec»',
    timeout: 10000
  },
  requestId: '«rid»'
}

Node.js v«nv»''', ln=R.randint(20, 300), ln2=R.randint(10, 200), h=host(), cid=client_id(),
             sec=sv(c, 'client_secret', sec, p=1, neg=ch(['[REDACTED]', '****'])), rid=uuid(), nv=ch(['20.11.1', '18.19.0', '22.2.0']))


@sk('log')
def kafka_dump(c):
    msgs = []
    for i in range(R.randint(1, 3)):
        msgs.append(json.dumps({'eventId': uuid(), 'type': 'payment.card.authorised', 'occurredAt': ts(),
                                'data': {'paymentId': payment_id(), 'amount': amount(), 'card': {'pan': card_v(c, p=.6, style=0), 'expiry': '%02d/%d' % (R.randint(1, 12), R.randint(26, 31))}}}))
    return T(c, '''$ kcat -b kafka:9092 -t payments.events -C -o -«n» -e
«m»
% ⟦Raggiunta la fine della partizione¦Reached end of topic⟧ payments.events [0] at offset «off»''', n=len(msgs), m='\n'.join(msgs), off=R.randint(1000, 999999))


@sk('json')
def har(c):
    tok = access_token()
    entry = {'startedDateTime': ts(), 'time': round(R.random() * 900, 3),
             'request': {'method': 'GET', 'url': f'https://{host()}/v1/accounts/{uuid()}/balances', 'httpVersion': 'HTTP/2',
                         'headers': [{'name': 'authorization', 'value': 'Bearer ' + sv(c, 'access_token', tok, p=1, neg='<redacted>')},
                                     {'name': 'x-request-id', 'value': uuid()}, {'name': 'accept', 'value': 'application/json'}]},
             'response': {'status': ch([200, 401, 403]), 'headers': [{'name': 'etag', 'value': '"' + sha1() + '"'}]}}
    return json.dumps({'log': {'version': '1.2', 'creator': {'name': 'WebInspector', 'version': '537.36'}, 'entries': [entry]}}, indent=2)


@sk('http')
def webhook(c):
    return T(c, '''POST /hooks/sportello HTTP/1.1
Host: shop.acme.example
Content-Type: application/json
X-Sportello-Event: payment.settled
X-Sportello-Delivery: «did»
X-Sportello-Signature: t=«t»,v1=«sig»

{"id":"evt_«eid»","type":"payment.settled","data":{"payment_id":"«pid»","amount":"«a»","currency":"EUR","debtor_iban":"«ib»","card_last4":"«l4»"}}''',
             did=uuid(), t=R.randint(1714000000, 1719999999), sig=sha256(), eid=rs(20, LO + DG), pid=payment_id(), a=amount(), ib=iban_v(c, p=1),
             l4=rs(4, DG))


@sk('javascript')
def webhook_secret(c):
    return T(c, '''// ⟦verifica della firma del webhook¦webhook signature check⟧
const endpointSecret = «s»;
app.post('/stripe/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  res.json({ received: true, id: event.id });
});
''', s=lit(c, 'vendor_key', whsec(), 'js', 'STRIPE_WEBHOOK_SECRET', p=1))


@sk('log')
def localstorage(c):
    return T(c, '''> Object.entries(localStorage)
[
  ["i18nextLng", "«lg»"],
  ["auth", "{\\"accessToken\\":\\"«at»\\",\\"refreshToken\\":\\"«rt»\\",\\"expiresAt\\":«exp»}"],
  ["lastPaymentId", "«pid»"],
  ["appVersion", "«ver»"]
]''', lg=c.lang, at=sv(c, 'access_token', access_token(), p=.8, neg=''), rt=sv(c, 'refresh_token', refresh_token(), p=.6, neg=''),
             exp=R.randint(1719000000000, 1729000000000), pid=payment_id(), ver=version())


@sk('http')
def error_echo(c):
    return T(c, '''HTTP/1.1 401 Unauthorized
Content-Type: application/json
X-Request-ID: «rid»

{"error":"invalid_client","error_description":"Client authentication failed","received":{"client_id":"«cid»","client_secret":"«sec»","grant_type":"client_credentials"},"trace_id":"«tr»"}''',
             rid=uuid(), cid=client_id(), sec=sv(c, 'client_secret', client_secret(), p=1, neg=ch(['***', '[hidden]'])), tr=trace_id())


@sk('graphql')
def graphql(c):
    return T(c, '''mutation Pay($input: CardPaymentInput!) {
  createCardPayment(input: $input) { id status declineCode }
}

# variables
{
  "input": {
    "orderId": "«o»",
    "amount": { "value": «a», "currency": "EUR" },
    "card": { "number": "«pan»", "expiry": "«mm»/«yy»", "securityCode": "«cvv»" }
  }
}''', o=order_id(), a=R.randint(100, 99999), pan=card_v(c, style=ch([0, 1, 2])), mm='%02d' % R.randint(1, 12), yy=R.randint(26, 31), cvv=cvv_v(c))


@sk('log')
def cbi_log(c):
    abi, cab, conto, cin = it_account()
    if c.want(1):
        c.add('bank_account', conto)
        ct = conto
    else:
        ct = ch(['', 'N/D', '*' * 8 + conto[-4:]])
    return T(c, '''«t» INFO  cbi-import ⟦lettura flusso¦reading feed⟧ «f» (⟦record¦records⟧: «n»)
«t» WARN  cbi-import ⟦riga¦line⟧ «ln»: ABI=«abi» CAB=«cab» ⟦CONTO¦ACCOUNT⟧=«ct» CIN=«cin» ⟦non trovato in anagrafica¦not found in registry⟧
«t» INFO  cbi-import ⟦completato in¦completed in⟧ «ms»ms''', t=ts(), f=f'RH_{R.randint(20240101, 20241231)}_{rs(4, DG)}.cbi', n=R.randint(10, 5000),
             ln=R.randint(2, 500), abi=abi, cab=cab, ct=ct, cin=cin, ms=R.randint(100, 9000))


@sk('json')
def payment_json_de(c):
    blz, k = de_account()
    if R.random() < .5:
        acct = {'blz': blz, 'kontonummer': sv(c, 'bank_account', k, p=1, neg='')}
    else:
        b, g, cc, kk = fr_account()
        acct = {'code_banque': b, 'code_guichet': g, 'numero_compte': sv(c, 'bank_account', cc, p=1, neg='***********'), 'cle_rib': kk}
    body = {'type': 'domestic', 'amount': {'value': amount(), 'currency': 'EUR'}, 'creditor': {'name': ch(['Stadtwerke GmbH', 'Dupont SARL', 'ACME Srl'])},
            'creditor_account': acct, 'end_to_end_id': payment_id(), 'request_id': uuid()}
    return c.t('// corpo della richiesta che ritorna 400\n', '// request body that returns 400\n') + json.dumps(body, indent=2, ensure_ascii=False)


@sk('python')
def py_es_ccc(c):
    e, o, d, cc = es_account()
    ccc = f'{e}-{o}-{d}-{cc}'
    return T(c, '''# ⟦conversione CCC spagnolo -> IBAN (funziona in locale, non in produzione)¦Spanish CCC -> IBAN conversion (works locally, not in prod)⟧
ccc = "«ccc»"
iban = ccc_to_iban(ccc.replace("-", ""), country="ES")
assert validate_iban(iban), iban
''', ccc=sv(c, 'bank_account', ccc, p=1, neg=f'{e}-{o}-XX-XXXXXXXXXX'))


@sk('log')
def uk_payout_log(c):
    sc, an = gb_account()
    scf = f'{sc[:2]}-{sc[2:4]}-{sc[4:]}'
    return T(c, '''«t» INFO  payouts ⟦payout Faster Payments creato¦Faster Payments payout created⟧ id=«pid» sort_code=«sc» account_number=«an» amount=«a» GBP
«t» ERROR payouts ⟦verifica del beneficiario (CoP) non corrispondente¦confirmation of payee mismatch⟧ id=«pid» reason=ANNM''',
             t=ts(), pid=payment_id(), sc=scf, an=sv(c, 'bank_account', an, p=1, neg='****' + an[-4:]), a=amount())


@sk('yaml')
def vault_ref(c):
    return T(c, '''# ⟦segreti letti da Vault tramite agent injector¦secrets read from Vault via the agent injector⟧
metadata:
  annotations:
    vault.hashicorp.com/agent-inject: "true"
    vault.hashicorp.com/role: "payments"
    vault.hashicorp.com/agent-inject-secret-sportello: "secret/data/payments/sportello"
    vault.hashicorp.com/agent-inject-template-sportello: |
      {{- with secret "secret/data/payments/sportello" -}}
      export SPORTELLO_CLIENT_ID="{{ .Data.data.client_id }}"
      export SPORTELLO_CLIENT_SECRET="«sec»"
      {{- end }}
''', sec=sv(c, 'client_secret', client_secret(), p=1, neg='{{ .Data.data.client_secret }}'))


@sk('python')
def py_hash_vars(c):
    pw = password()
    if c.want(1):
        c.add('password', pw)
        test = f'    user = create_user("{email()}", password="{pw}")'
    else:
        test = '    user = create_user(fake.email(), password=fake.password())'
    return T(c, '''def «fn»(user, password: str) -> bool:
    # ⟦confronta la password con passwordHash salvato a db¦compare the password with the stored passwordHash⟧
    passwordHash = user.password_hash
    return bcrypt.checkpw(password.encode(), passwordHash.encode())


def test_login(client):
«test»
    r = client.post("/login", data={"email": user.email, "password": user.raw_password})
    assert r.status_code == 302
''', fn=c.t('verifica_password', 'check_password'), test=test)


@sk('go')
def go_config_struct(c):
    return T(c, '''var defaultConfig = Config{
	BaseURL:      "https://«h»",
	ClientID:     "«cid»",
	ClientSecret: «sec»,
	PrivateKey:   «pk»,
	Timeout:      «to» * time.Second,
	Version:      "«ver»",
}
''', h=host(), cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'go', 'CLIENT_SECRET'),
             pk=(lambda k: '`' + c.add('private_key', k) + '`' if c.want(.5) else 'mustRead("/etc/sportello/key.pem")')(pem('EC PRIVATE KEY')),
             to=ch([10, 30]), ver=version())


@sk('shell')
def sh_openssl(c):
    if c.pos:
        k = pem('RSA PRIVATE KEY' if R.random() < .5 else 'PRIVATE KEY', R.randint(6, 12))
        c.add('private_key', k)
        out = k
    else:
        out = 'writing RSA key\n' + pem('PUBLIC KEY', 6)
    return T(c, '''$ openssl «cmd»
«out»
$ openssl x509 -in qwac.crt -noout -fingerprint -sha256
sha256 Fingerprint=«fp»''', cmd='genrsa 2048' if c.pos else 'rsa -in key.pem -pubout', out=out,
             fp=':'.join(rs(2, '0123456789ABCDEF') for _ in range(32)))


@sk('ruby')
def rb_env_read(c):
    return T(c, '''class SportelloClient
  TOKEN_URL = "https://«h»/oauth2/token".freeze

  def initialize(client_id: ENV.fetch("SPORTELLO_CLIENT_ID", "«cid»"), client_secret: «sec»)
    @client_id = client_id
    @client_secret = client_secret
  end
end
''', h=host(), cid=client_id(), sec=lit(c, 'client_secret', client_secret(), 'rb', 'SPORTELLO_CLIENT_SECRET', q='"'))


@sk('php')
def php_env(c):
    return T(c, '''# .env (Laravel)
APP_NAME="⟦Negozio¦Shop⟧"
APP_KEY=${APP_KEY}
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=«ip»
DB_DATABASE=shop
DB_USERNAME=shop
DB_PASSWORD=«pw»
SPORTELLO_CLIENT_ID=«cid»
SPORTELLO_SECRET=«sec»
MAIL_PASSWORD=«mp»
''', ip=ip(), pw=cv(c, 'password', password(), 'DB_PASSWORD', p=.7), cid=client_id(),
             sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_SECRET', p=.7), mp=cv(c, 'password', password(), 'MAIL_PASSWORD', p=.4, extra=['null']))


@sk('csharp')
def cs_env_read(c):
    return T(c, '''builder.Services.AddHttpClient<SportelloClient>(client =>
{
    client.BaseAddress = new Uri(builder.Configuration["Sportello:BaseUrl"] ?? "https://«h»");
    var apiKey = «k»;
    client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    // ⟦versione API¦API version⟧
    client.DefaultRequestHeaders.Add("Sportello-Version", "«d»");
});
''', h=host(), k=lit(c, 'access_token', api_key(), 'cs', 'SPORTELLO_API_KEY'), d='2024-%02d-01' % R.randint(1, 12))


@sk('kotlin')
def kt_env_read(c):
    return T(c, '''object SportelloConfig {
    val baseUrl = System.getenv("SPORTELLO_BASE_URL") ?: "https://«h»"
    val clientId = System.getenv("SPORTELLO_CLIENT_ID") ?: "«cid»"
    val clientSecret = «sec»
    val tokenUrl = "$baseUrl/oauth2/token"
}
''', h=host(), cid=client_id(), sec=(lambda s: f'System.getenv("SPORTELLO_CLIENT_SECRET") ?: "{c.add("client_secret", s)}"' if c.want(1) else ch(['System.getenv("SPORTELLO_CLIENT_SECRET") ?: ""', 'requireNotNull(System.getenv("SPORTELLO_CLIENT_SECRET"))']))(client_secret()))


@sk('swift')
def swift_plist(c):
    return T(c, '''<!-- Info.plist -->
<key>SportelloBaseURL</key>
<string>https://«h»</string>
<key>SportelloClientID</key>
<string>«cid»</string>
<key>SportelloAPIKey</key>
<string>«k»</string>
<key>CFBundleShortVersionString</key>
<string>«ver»</string>''', h=host(), cid=client_id(), k=sv(c, 'access_token', api_key(), p=1, neg='$(SPORTELLO_API_KEY)'), ver=version())


@sk('sql')
def sql_select_tokens(c):
    rows = []
    for _ in range(R.randint(1, 4)):
        rows.append(f' {R.randint(1, 9999):>4} | {client_id():<24} | {sv(c, "refresh_token", "rt_" + rs(40), p=.7, neg="<revoked>"):<43} | {ts_sp()[:19]}')
    return T(c, '''sportello=# SELECT id, client_id, refresh_token, expires_at FROM oauth_refresh_tokens WHERE revoked = false;
  id  |        client_id         |                refresh_token                |     expires_at
------+--------------------------+---------------------------------------------+---------------------
«rows»
(«n» ⟦righe¦rows⟧)''', rows='\n'.join(rows), n=len(rows))


@sk('log')
def wrapped_token_log(c):
    tok = jwt() if R.random() < .7 else access_token()
    w = R.choice([64, 76, 80])
    wrapped = wrap(tok, w)
    if c.want(1):
        c.add('access_token', wrapped)
        body = wrapped
    else:
        body = ch(['<token omesso>' if c.lang == 'it' else '<token omitted>', 'eyJhbGciOi...(troncato)' if c.lang == 'it' else 'eyJhbGciOi...(truncated)'])
    return T(c, '''«t» DEBUG [«rid»] ⟦token ricevuto dal provider (stampato per debug):¦token received from provider (printed for debugging):⟧
«b»
«t2» ERROR [«rid»] ⟦la chiamata successiva risponde 401¦next call returns 401⟧
«logs»''', t=ts(), rid=uuid(), b=body, t2=ts(), logs=log_lines(c, nfill()))


@sk('python')
def py_long_module(c):
    """A long module: many helpers + one slot buried in the middle."""
    helpers = []
    for i in range(R.randint(4, 9)):
        nm = ch(['format_amount', 'parse_iban_country', 'build_headers', 'retry_after', 'to_minor_units', 'is_final_status',
                 'consent_expired', 'normalize_ref']) + f'_{i}'
        helpers.append(f'''def {nm}(value):
    """{c.t("Funzione di utilità", "Utility function")} #{i} (v{version()})."""
    if value is None:
        return None
    return str(value).strip()
''')
    slot = f'API_KEY = {lit(c, "access_token", api_key(), "py", "SPORTELLO_API_KEY", p=1)}\nCLIENT_ID = "{client_id()}"\n'
    helpers.insert(R.randint(0, len(helpers)), slot)
    return '# sportello_utils.py\nimport os\nimport re\n\n' + '\n\n'.join(helpers)


@sk('log')
def k8s_describe(c):
    return T(c, '''$ kubectl get secret sportello-credentials -o jsonpath='{.data.client-secret}' | base64 -d
«sec»
$ kubectl logs deploy/payments --tail=«n»
«logs»''', sec=sv(c, 'client_secret', client_secret(), p=1, neg='Error from server (NotFound): secrets "sportello-credentials" not found'),
             n=R.randint(5, 40), logs=log_lines(c, R.randint(3, 18)))


@sk('java')
def java_log4j_dump(c):
    pw = password()
    return T(c, '''«t» DEBUG o.s.b.c.p.PropertySourcesDeducer - ⟦Proprietà caricate¦Loaded properties⟧:
  sportello.base-url = https://«h»
  sportello.client-id = «cid»
  sportello.client-secret = «sec»
  spring.datasource.password = «pw»
  spring.datasource.url = jdbc:postgresql://«ip»:5432/core
«logs»''', t=ts_sp(), h=host(), cid=client_id(), sec=sv(c, 'client_secret', client_secret(), p=.8, neg='******'),
             pw=sv(c, 'password', pw, p=.6, neg='******'), ip=ip(), logs=log_lines(c, nfill()))


# ============================== MORE: weak kinds, long samples ============
@sk('json', w=2)
def pin_change(c):
    body = {'card_id': 'card_' + rs(16, LO + DG), 'new_pin': pin_v(c, p=1, n=4), 'request_id': uuid()}
    if R.random() < .4:
        body['otp'] = pin_v(c, p=.5, n=6)
    lead = ch([lambda: f'POST /v1/cards/{body["card_id"]}/pin HTTP/1.1\nHost: {host()}\nContent-Type: application/json\n\n',
               lambda: c.t('// corpo inviato dall\'app (cambio PIN)\n', '// body sent by the app (PIN change)\n'),
               lambda: f'curl -X POST https://{host()}/v1/cards/{body["card_id"]}/pin -H "Content-Type: application/json" -d \'\\\n'])()
    js = json.dumps(body, indent=ch([None, 2]))
    tail = "'" if lead.startswith('curl') else ''
    return lead + js + tail


@sk('log', w=2)
def sca_json_log(c):
    lines = [json.dumps({'@timestamp': ts(), 'level': 'INFO', 'logger': 'ScaController', 'traceId': trace_id(),
                         'message': c.t('richiesta di autorizzazione', 'authorisation request'), 'consentId': uuid()})]
    code = pin_v(c, p=1, n=ch([6, 6, 8, 5]))
    key = ch(['sca_code', 'otp', 'smsOtp', 'codice_otp' if c.lang == 'it' else 'otpValue', 'tan'])
    lines.append(json.dumps({'@timestamp': ts(), 'level': 'DEBUG', 'logger': 'ScaController', 'traceId': trace_id(),
                             'message': 'request body', 'body': {key: code, 'authorisationId': uuid(), 'method': ch(['SMS_OTP', 'PUSH_OTP', 'CHIP_OTP'])}}))
    lines.append(json.dumps({'@timestamp': ts(), 'level': 'WARN', 'logger': 'ScaController', 'traceId': trace_id(),
                             'message': c.t('codice errato, tentativi rimasti: 2', 'wrong code, attempts left: 2'), 'status': 'PSU_CREDENTIALS_INVALID'}))
    return '\n'.join(lines)


@sk('text', w=1)
def sms_otp_text(c):
    code = pin(6)
    v = sv(c, 'pin', code, p=1, neg='******')
    return T(c, '''⟦Il cliente ci ha girato lo screenshot dell'SMS, testo:¦The customer forwarded the SMS, text:⟧
"⟦Il tuo codice di autorizzazione BancaPonte è¦Your BancaPonte authorisation code is⟧ «v». ⟦Non comunicarlo a nessuno. Importo¦Never share it. Amount⟧ «a» EUR ⟦a favore di¦to⟧ «m»."
⟦poi nei nostri log vediamo¦then in our logs we see⟧:
«t» WARN sca PSU_CREDENTIALS_INVALID authorisation=«aid»''', v=v, a=amount(), m=ch(['ACME SHOP', 'BOTTEGA VERDE']), t=ts(), aid=uuid())


@sk('yaml', w=2)
def bank_fixtures(c):
    out = ['# ' + c.t('fixtures dei beneficiari per i test di bonifico nazionale', 'beneficiary fixtures for domestic transfer tests')]
    for _ in range(R.randint(2, 4)):
        kind = ch(['it', 'de', 'fr', 'es', 'uk'])
        if kind == 'it':
            abi, cab, conto, cin = it_account()
            if R.random() < .5:
                out.append(f'- paese: IT\n  intestatario: {ch(["Mario Rossi", "ACME Srl"])}\n  abi: "{abi}"\n  cab: "{cab}"\n  conto: "{sv(c, "bank_account", conto, p=.7, neg="")}"')
            else:
                out.append(f'- paese: IT\n  intestatario: {ch(["Giulia Bianchi", "Verdi Snc"])}\n  bban: {sv(c, "bank_account", cin + abi + cab + conto, p=.7, neg=cin + abi + cab + "XXXXXXXXXXXX")}')
        elif kind == 'de':
            blz, k = de_account()
            out.append(f'- country: DE\n  holder: {ch(["Erika Mustermann", "Stadtwerke GmbH"])}\n  blz: "{blz}"\n  kontonummer: "{sv(c, "bank_account", k, p=.7, neg="")}"')
        elif kind == 'fr':
            b, g, cc, k = fr_account()
            out.append(f'- country: FR\n  holder: {ch(["Jean Dupont", "Dupont SARL"])}\n  rib: "{sv(c, "bank_account", f"{b} {g} {cc} {k}", p=.7, neg=f"{b} {g}")}"')
        elif kind == 'es':
            e, o, d, cc = es_account()
            out.append(f'- country: ES\n  holder: {ch(["Lucía García", "Talleres SL"])}\n  ccc: "{sv(c, "bank_account", e + o + d + cc, p=.7, neg=e + o)}"')
        else:
            sc, an = gb_account()
            out.append(f'- country: GB\n  holder: {ch(["Jane Smith", "Utility Ltd"])}\n  sort_code: "{sc[:2]}-{sc[2:4]}-{sc[4:]}"\n  account_number: "{sv(c, "bank_account", an, p=.7, neg="")}"')
    return '\n'.join(out) + '\n'


@sk('json', w=2)
def service_account_json(c):
    k = pem('PRIVATE KEY', R.randint(10, 25), sep='\\n') + '\\n'
    d = {'type': 'service_account', 'project_id': ch(['acme-payments', 'rossi-shop-prod']) + '-' + str(R.randint(100, 999)),
         'private_key_id': rs(40, HEX)}
    if c.want(1):
        c.add('private_key', k[:-2])
        d['private_key'] = '@@K@@'
    else:
        d['private_key'] = ''
    d['client_email'] = f'sportello-sync@{d["project_id"]}.iam.gserviceaccount.com'
    d['client_id'] = str(R.randint(10**20, 10**21))
    d['token_uri'] = 'https://oauth2.googleapis.com/token'
    return json.dumps(d, indent=2).replace('@@K@@', k)


@sk('yaml', w=2)
def tls_secret_yaml(c):
    if c.want(1):
        k = pem(ch(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY']), sep='\n    ')
        c.add('private_key', k)
        key = '  tls.key: |\n    ' + k
    else:
        key = '  # tls.key: ' + c.t('montata da cert-manager', 'mounted by cert-manager')
    crt = pem('CERTIFICATE', R.randint(8, 16), sep='\n    ')
    return T(c, '''apiVersion: v1
kind: Secret
metadata:
  name: qwac-mtls
  namespace: «ns»
type: kubernetes.io/tls
stringData:
  tls.crt: |
    «crt»
«key»
''', ns=ch(['payments', 'pagamenti']), crt=crt, key=key)


@sk('env')
def env_multilang(c):
    rows = []
    for k in R.sample(['DB_PASSWORT', 'MOT_DE_PASSE', 'CONTRASENA', 'PAROLA_CHIAVE', 'KENNWORT', 'CLAVE', 'SMTP_PASSWORD'], 3):
        rows.append(f'{k}={cv(c, "password", password(), k, p=.6)}')
    rows.insert(0, f'# {c.t("file del fornitore tedesco/francese, non so quale chiave usa Sportello", "file from our German/French vendor, not sure which key Sportello reads")}')
    rows.append(f'BENUTZER={ch(["api_user", "buchhaltung"])}')
    rows.append(f'IDENTIFIANT_CLIENT={client_id()}')
    return '\n'.join(rows) + '\n'


@sk('python')
def py_card_cvv(c):
    return T(c, '''# ⟦dati carta presi dal documento di collaudo¦card data from the UAT document⟧
«v» = {
    "«kn»": "«pan»",
    "«ke»": "«mm»/«yy»",
    "«kc»": "«cvv»",
}
resp = gateway.charge(importo=«a», carta=«v»)
''', v=c.t('carta', 'card'), kn=c.t('numero_carta', 'card_number'), pan=card_v(c, style=ch([0, 1, 2, 5])), ke=c.t('scadenza', 'expiry'),
             mm='%02d' % R.randint(1, 12), yy=R.randint(26, 31), kc=c.t(ch(['codice_sicurezza', 'cvv2', 'cvc']), ch(['cvv2', 'cvc', 'security_code'])),
             cvv=cvv_v(c, p=.8), a=amount())


@sk('log', w=2)
def long_log(c):
    n = R.randint(18, 30)
    lines = [log_line(c) for _ in range(n)]
    kind = ch(['access_token', 'pin', 'card_number', 'password', 'refresh_token'])
    if kind == 'access_token':
        s = f'{ts()} DEBUG http-client > Authorization: Bearer {sv(c, "access_token", access_token(), p=1, neg="[redacted]")}'
    elif kind == 'pin':
        s = f'{ts()} DEBUG sca-client ' + c.t('invio codice', 'sending code') + f' otp={pin_v(c, p=1, n=6)} authorisation={uuid()}'
    elif kind == 'card_number':
        s = f'{ts()} INFO  checkout ' + c.t('tentativo con carta', 'attempt with card') + f' {card_v(c, p=1, style=ch([0, 1]))} order={order_id()}'
    elif kind == 'password':
        s = f'{ts()} ERROR db ' + c.t('connessione fallita', 'connection failed') + f': postgres://app:{sv(c, "password", password(urlsafe=True), p=1, neg="****")}@{ip()}:5432/ledger'
    else:
        s = f'{ts()} DEBUG oauth refresh_token={sv(c, "refresh_token", refresh_token(), p=1, neg="<omitted>")} client_id={client_id()}'
    lines.insert(R.randint(3, n - 2), s)
    return '\n'.join(lines)


@sk('yaml')
def long_spring(c):
    blocks = ['''server:
  port: 8443
  ssl:
    enabled: true
    key-store: classpath:keystore.p12
    key-store-type: PKCS12
    key-store-password: «ksp»
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
  tracing:
    sampling:
      probability: 0.2''', '''spring:
  application:
    name: payments-gateway
  jackson:
    default-property-inclusion: non_null
  datasource:
    url: jdbc:postgresql://«ip»:5432/payments
    username: payments
    password: «dbp»
    hikari:
      maximum-pool-size: 20
      connection-timeout: 3000
  kafka:
    bootstrap-servers: kafka-0.kafka:9092,kafka-1.kafka:9092
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: SCRAM-SHA-512
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="payments" password="«kp»";''',
              '''sportello:
  base-url: https://«h»
  client-id: «cid»
  client-secret: «sec»
  token-url: https://«h»/oauth2/token
  refresh-token-endpoint: https://«h»/oauth2/refresh
  retry:
    max-attempts: 3
    backoff: 500ms
  webhook:
    path: /hooks/sportello
    tolerance: 300s''', '''logging:
  level:
    root: INFO
    com.acme.payments: DEBUG
    org.springframework.web.client.RestTemplate: DEBUG
  pattern:
    console: "%d{ISO8601} %-5level [%X{traceId}] %logger{36} - %msg%n"
resilience4j:
  circuitbreaker:
    instances:
      sportello:
        failure-rate-threshold: 50
        wait-duration-in-open-state: 30s''']
    R.shuffle(blocks)
    return T(c, '# application-' + ch(['prod', 'uat', 'collaudo']) + '.yml  ⟦(completo)¦(full file)⟧\n' + '\n'.join(blocks) + '\n',
             ksp=cv(c, 'password', password(), 'KEYSTORE_PASSWORD', p=.4), ip=ip(), dbp=cv(c, 'password', password(), 'DB_PASSWORD', p=.5),
             kp=sv(c, 'password', password(urlsafe=True), p=.4, neg='${KAFKA_PASSWORD}'), h=host(), cid=client_id(),
             sec=cv(c, 'client_secret', client_secret(), 'SPORTELLO_CLIENT_SECRET', p=.5))


@sk('json')
def long_postman(c):
    items = []
    for name, method, path in R.sample([('Token', 'POST', 'oauth2/token'), ('Accounts', 'GET', 'v1/accounts'), ('Balances', 'GET', 'v1/accounts/:id/balances'),
                                        ('Create payment', 'POST', 'v1/payments'), ('Payment status', 'GET', 'v1/payments/:id/status'),
                                        ('Consent', 'POST', 'v1/consents'), ('Refresh', 'POST', 'oauth2/token')], R.randint(3, 6)):
        hdr = [{'key': 'X-Request-ID', 'value': '{{$guid}}'}]
        if name in ('Accounts', 'Balances', 'Create payment', 'Consent', 'Payment status'):
            hdr.append({'key': 'Authorization', 'value': 'Bearer ' + sv(c, 'access_token', access_token(), p=.35, neg='{{access_token}}')})
        it = {'name': name, 'request': {'method': method, 'header': hdr, 'url': {'raw': '{{baseUrl}}/' + path}}}
        if name == 'Refresh':
            it['request']['body'] = {'mode': 'urlencoded', 'urlencoded': [{'key': 'grant_type', 'value': 'refresh_token'},
                                                                           {'key': 'refresh_token', 'value': sv(c, 'refresh_token', refresh_token(), p=.7, neg='{{refresh_token}}')}]}
        if name == 'Create payment':
            it['request']['body'] = {'mode': 'raw', 'raw': json.dumps({'amount': amount(), 'currency': 'EUR', 'creditorIban': iban_v(c, p=.5)})}
        items.append(it)
    return json.dumps({'info': {'_postman_id': uuid(), 'name': c.t('Sportello - collaudo', 'Sportello - UAT'),
                                'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
                       'item': items, 'variable': [{'key': 'baseUrl', 'value': 'https://' + host()}]}, indent=2)


@sk('json')
def cli_credentials_file(c):
    d = {'profile': ch(['default', 'sandbox']), 'client_id': client_id(), 'token_endpoint': f'https://{host()}/oauth2/token',
         'access_token': sv(c, 'access_token', access_token(), p=.5, neg=''), 'refresh_token': sv(c, 'refresh_token', refresh_token(), p=.9, neg=''),
         'expires_at': ts(), 'cli_version': version()}
    return T(c, '''$ cat ~/.config/sportello/credentials.json
«j»
$ sportello payments list --limit 5
⟦Errore¦Error⟧: invalid_grant (request id «rid»)''', j=json.dumps(d, indent=2), rid=uuid())


@sk('markdown')
def readme_prose(c):
    sec = client_secret()
    if c.want(1):
        c.add('client_secret', sec)
        ex = f'SPORTELLO_CLIENT_SECRET={sec}'
    else:
        ex = 'SPORTELLO_CLIENT_SECRET=<' + c.t('il-tuo-segreto', 'your-secret') + '>'
    return T(c, '''## ⟦Configurazione¦Configuration⟧

⟦Non inserire mai password o token nel codice: il servizio legge tutto dalle variabili d'ambiente.
Il segreto client si ruota dal portale ogni 90 giorni; il token di accesso dura 1 ora e il refresh token 90 giorni.¦Never put passwords or tokens in code: the service reads everything from environment variables.
The client secret is rotated from the portal every 90 days; the access token lasts 1 hour, the refresh token 90 days.⟧

```
SPORTELLO_CLIENT_ID=«cid»
«ex»
SPORTELLO_TOKEN_URL=https://«h»/oauth2/token
```

⟦Per generare una password per il db usa `openssl rand -base64 24`.¦To generate a db password use `openssl rand -base64 24`.⟧
''', cid=client_id(), ex=ex, h=host())


@sk('log')
def docker_inspect(c):
    env = [f'SPORTELLO_CLIENT_ID={client_id()}', 'SPORTELLO_CLIENT_SECRET=' + sv(c, 'client_secret', client_secret(), p=.8, neg=''),
           f'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin', f'NODE_VERSION={ch(["20.11.1", "18.19.0"])}',
           'REDIS_PASSWORD=' + sv(c, 'password', password(), p=.5, neg='')]
    R.shuffle(env)
    return T(c, '''$ docker inspect payments-worker --format '{{json .Config.Env}}' | jq .
«e»
$ docker inspect payments-worker --format '{{.Image}}'
sha256:«dig»''', e=json.dumps(env, indent=2), dig=sha256())


@sk('php', w=1)
def php_card_form(c):
    return T(c, '''// ⟦test manuale del checkout, poi lo tolgo¦manual checkout test, will remove it⟧
$_POST['numero_carta'] = '«pan»';
$_POST['scadenza'] = '«mm»/«yy»';
$_POST['cvv'] = '«cvv»';
$esito = $checkout->paga($ordine, $_POST);
error_log(print_r($esito, true));
''', pan=card_v(c, style=ch([0, 1, 2])), mm='%02d' % R.randint(1, 12), yy=R.randint(26, 31), cvv=cvv_v(c, p=.8))


@sk('log')
def negative_ids_log(c):
    """Mostly look-alikes: hashes, ids, digests; a secret only in positive mode."""
    lines = [f'{ts()} INFO  deploy ' + c.t('rilascio', 'release') + f' {version()} commit={sha1()} image=sha256:{sha256()}',
             f'{ts()} INFO  ' + c.t('controllo integrità', 'integrity check') + f' bundle.js sha384-{rs(64, B64)}',
             f'{ts()} INFO  client_id={client_id()} request_id={uuid()} trace={traceparent()}',
             f'{ts()} INFO  etag="{rs(32, HEX)}" cursor={b64(json.dumps({"page": R.randint(2, 40), "size": 50}))}',
             f'{ts()} INFO  ' + c.t('carta', 'card') + f' {masked_card()} BIN={card()[:6]} ' + c.t('esito', 'result') + '=APPROVED',
             f'{ts()} INFO  ' + c.t('beneficiario', 'beneficiary') + f' BIC={bic()} ABI={ch(ABIS)} CAB={R.randint(10000, 99999)}']
    if c.pos:
        lines.append(ch([lambda: f'{ts()} DEBUG ' + c.t('segreto usato', 'secret in use') + f'={c.add("client_secret", client_secret())}',
                         lambda: f'{ts()} DEBUG X-Api-Key: {c.add("access_token", api_key())}',
                         lambda: f'{ts()} DEBUG otp={c.add("pin", pin(6))}'])())
    R.shuffle(lines)
    return '\n'.join(lines)



@sk('code', w=3)
def comment_secret(c):
    lang = ch(['py', 'js', 'java', 'go', 'sh', 'sql', 'yaml', 'php', 'cs'])
    cm = {'py': '#', 'sh': '#', 'yaml': '#', 'js': '//', 'java': '//', 'go': '//', 'php': '//', 'cs': '//', 'sql': '--'}[lang]
    kind = ch(['password', 'client_secret', 'access_token', 'pin', 'vendor_key'])
    val = {'password': password, 'client_secret': client_secret, 'access_token': access_token,
           'pin': lambda: pin(ch([4, 5, 6])), 'vendor_key': vendor}[kind]()
    if c.want(1):
        c.add(kind, val)
        shown = val
    else:
        shown = ch(['<' + c.t('vedi vault', 'see vault') + '>', '[REDACTED]', '********', c.t('quella solita', 'the usual one'),
                    '${' + kind.upper() + '}'])
    phr = {
        'password': (f'la password del db è ancora {shown} (da cambiare!)', f'db password is still {shown} (change it!)'),
        'client_secret': (f'vecchio segreto client: {shown} - ruotato il 12/03?', f'old client secret: {shown} - rotated on 03/12?'),
        'access_token': (f'token per provare a mano: {shown}', f'token to test by hand: {shown}'),
        'pin': (f'PIN della carta di test {shown}, OTP in sandbox sempre uguale', f'test card PIN {shown}, sandbox OTP is always the same'),
        'vendor_key': (f'chiave del fornitore (non committare): {shown}', f'vendor key (do not commit): {shown}'),
    }[kind]
    line = cm + ' ' + c.t(*phr)
    body = {
        'py': f'import os\n\n{line}\nSECRET = os.environ["SPORTELLO_SECRET"]\nclient = Client("{client_id()}", SECRET)\n',
        'sh': f'#!/bin/sh\n{line}\ncurl -s -u "$CLIENT_ID:$CLIENT_SECRET" https://{host()}/oauth2/token -d grant_type=client_credentials\n',
        'yaml': f'sportello:\n  client-id: {client_id()}\n  {line}\n  client-secret: ${{SPORTELLO_CLIENT_SECRET}}\n',
        'js': f"{line}\nconst secret = process.env.SPORTELLO_SECRET;\nexport const client = new Sportello({{ clientId: '{client_id()}', secret }});\n",
        'java': f'{line}\nString secret = System.getenv("SPORTELLO_SECRET");\nSportelloClient client = new SportelloClient("{client_id()}", secret);\n',
        'go': f'{line}\nsecret := os.Getenv("SPORTELLO_SECRET")\nclient := sportello.New("{client_id()}", secret)\n',
        'php': f"<?php\n{line}\n$secret = getenv('SPORTELLO_SECRET');\n$client = new Sportello\\Client('{client_id()}', $secret);\n",
        'cs': f'{line}\nvar secret = Environment.GetEnvironmentVariable("SPORTELLO_SECRET");\nvar client = new SportelloClient("{client_id()}", secret);\n',
        'sql': f"{line}\nSELECT id, status, amount FROM payments WHERE merchant_id = '{client_id()}' ORDER BY created_at DESC LIMIT 20;\n",
    }[lang]
    c.style = {'py': 'python', 'sh': 'shell', 'yaml': 'yaml', 'js': 'javascript', 'java': 'java', 'go': 'go', 'php': 'php',
               'cs': 'csharp', 'sql': 'sql'}[lang]
    return body


@sk('python', w=2)
def it_varnames(c):
    return T(c, '''# ⟦modulo di integrazione scritto dal fornitore¦integration module written by our vendor⟧
«a» = "«cid»"
«b» = «sec»
«d» = «pw»
URL_TOKEN = "https://«h»/oauth2/token"


def ottieni_token():
    dati = {"grant_type": "client_credentials", "client_id": «a», "client_secret": «b»}
    risposta = requests.post(URL_TOKEN, data=dati, timeout=10)
    if risposta.status_code != 200:
        raise RuntimeError(f"⟦errore token¦token error⟧ {risposta.status_code}: {risposta.text}")
    return risposta.json()["access_token"]
''', a=ch(['ID_CLIENTE', 'identificativo_cliente']), cid=client_id(), b=ch(['SEGRETO', 'chiave_segreta', 'CHIAVE']),
             sec=lit(c, 'client_secret', client_secret(), 'py', 'SEGRETO_CLIENT'), d=ch(['parola_d_ordine', 'PAROLA_CHIAVE', 'password_db']),
             pw=lit(c, 'password', password(), 'py', 'PAROLA_D_ORDINE', p=.6), h=host())


# extra weight for skeletons of the rarer kinds (bank accounts, refresh
# tokens, private keys, one-time codes): each extra copy is one more draw.
WEIGHTS = {
    'java_map': 2, 'kt_dataclass': 2, 'go_struct': 2, 'php_array': 2, 'rb_hash': 2, 'log_payment': 3, 'cbi_log': 2,
    'payment_json_de': 3, 'py_es_ccc': 2, 'uk_payout_log': 2, 'bank_fixtures': 2,
    'py_refresh': 2, 'js_jest_refresh': 2, 'http_resp_token': 2, 'cli_credentials_file': 2, 'sql_select_tokens': 2,
    'localstorage': 2, 'py_pem': 2, 'java_pem': 2, 'sh_cat_key': 2, 'sh_openssl': 2, 'go_config_struct': 2,
    'py_otp': 2, 'js_otp': 2, 'kt_otp': 2, 'swift_otp': 2, 'go_zap': 2, 'log_otp': 2, 'sms_otp_text': 2,
    'py_card_cvv': 2, 'graphql': 2,
    'py_fixture': 2, 'ts_card': 2, 'java_textblock': 2, 'cs_card': 2, 'swift_card': 2, 'sh_curl_card': 2, 'go_table': 2,
    'sql_mysql_card': 2, 'kafka_dump': 2, 'py_logging': 2, 'php_card_form': 2,
    'py_payload': 2, 'js_sepa': 2, 'cs_record': 2, 'sepa_xml': 2, 'csv_export': 2, 'sql_psql_iban': 2, 'webhook': 2,
    'sql_insert_payment': 2, 'mt940': 2,
}
_base = list(SK)
for _f, _style in _base:
    for _ in range(WEIGHTS.get(_f.__name__, 1) - 1):
        SK.append((_f, _style))


# ================================ driver ==================================
KINDS = {'access_token', 'client_secret', 'refresh_token', 'private_key', 'vendor_key', 'card_number', 'cvv', 'iban',
         'bank_account', 'password', 'pin'}

RX_CARD = re.compile(r'(?<![\dA-Za-z])\d(?:[ .\-]?\d){12,18}(?![\dA-Za-z])')
RX_IBAN = re.compile(r'(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}')
RX_VENDOR = re.compile(r'AKIA[0-9A-Z]{16}|[sr]k_(?:live|test)_[0-9A-Za-z]{10,}|gh[po]_[A-Za-z0-9]{30,}|github_pat_\w{30,}|'
                       r'xox[bp]-[0-9A-Za-z\-]{20,}|AIza[0-9A-Za-z_\-]{30,}|SG\.[\w\-]{20,}\.[\w\-]{20,}|whsec_\w{20,}|'
                       r'-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[\w\-]{10,}\.eyJ[\w\-]{10,}')


def _covered(text, secrets):
    mask = bytearray(len(text))
    for s in secrets:
        v = s['value']
        i = text.find(v)
        while i >= 0:
            for k in range(i, i + len(v)):
                mask[k] = 1
            i = text.find(v, i + 1)
    return mask


def issues_of(text, secrets, pos):
    out = []
    if pos and not secrets:
        out.append('positive without secrets')
    if not pos and secrets:
        out.append('negative with secrets')
    for s in secrets:
        v = s['value']
        if s['kind'] not in KINDS:
            out.append('bad kind ' + s['kind'])
        if len(v) < 3 or v not in text:
            out.append('value not in text: %r' % v)
            continue
        i = text.find(v)
        while i >= 0:
            if v[0].isalnum() and i > 0 and text[i - 1].isalnum():
                out.append('value glued on the left: %r' % v)
            j = i + len(v)
            if v[-1].isalnum() and j < len(text) and text[j].isalnum():
                out.append('value glued on the right: %r' % v)
            i = text.find(v, i + 1)
    mask = _covered(text, secrets)

    def hit(m):
        return any(mask[m.start():m.end()])
    for m in RX_CARD.finditer(text):
        d = re.sub(r'\D', '', m.group())
        if 13 <= len(d) <= 19 and d[0] in '23456' and luhn_ok(d) and not hit(m):
            out.append('unlabelled Luhn-valid number %s' % m.group())
    for m in RX_IBAN.finditer(text):
        g = m.group().replace(' ', '')
        for L in range(len(g), 14, -1):
            x = g[:L]
            if mod97(x[4:] + x[:4]) == 1:
                if not hit(m):
                    out.append('unlabelled valid IBAN %s' % x)
                break
    for m in RX_VENDOR.finditer(text):
        if not hit(m):
            out.append('unlabelled key-like %s' % m.group()[:40])
    return out


def generate(n_total=1400, pos_num=6, pos_den=13):
    samples = []
    seen = set()
    order = []
    ids = {'it': 0, 'en': 0}
    use = {}
    i = 0
    while len(samples) < n_total:
        if not order:
            order = SK[:]
            R.shuffle(order)
        f, style = order.pop()
        lang = 'it' if i % 2 == 0 else 'en'
        pos = ((i // 2) % pos_den) < pos_num
        i += 1
        for attempt in range(80):
            c = Ctx(lang, pos)
            text = f(c)
            if pos and not c.secrets:
                continue
            text = ticket_wrap(c, text, style)
            secs, k = [], set()
            for s in c.secrets:
                key = (s['kind'], s['value'])
                if key not in k:
                    k.add(key)
                    secs.append(s)
            if len(text) > 3200 or text in seen:
                continue
            if issues_of(text, secs, pos):
                continue
            break
        else:
            raise SystemExit('cannot generate a clean sample with %s (%s, pos=%s): %s'
                             % (f.__name__, lang, pos, issues_of(text, secs, pos)))
        seen.add(text)
        ids[lang] += 1
        use[f.__name__] = use.get(f.__name__, 0) + 1
        samples.append({'id': 'code-%s-%04d' % (lang, ids[lang]), 'lang': lang, 'style': c.style or style,
                        'text': text, 'secrets': secs})
    return samples, use


def check(path):
    rows = [json.loads(line) for line in open(path, encoding='utf-8')]
    ids = set()
    bad = 0
    per_lang, per_kind, per_kind_samples, per_style = {}, {}, {}, {}
    npos = nneg = 0
    lens = []
    for r in rows:
        assert set(r) == {'id', 'lang', 'style', 'text', 'secrets'}, r['id']
        assert r['id'] not in ids, 'duplicate id ' + r['id']
        ids.add(r['id'])
        assert r['lang'] in ('it', 'en')
        assert r['id'].startswith('code-' + r['lang'] + '-')
        pos = bool(r['secrets'])
        iss = issues_of(r['text'], r['secrets'], pos)
        for s in r['secrets']:
            assert s['value'] in r['text'], (r['id'], s['value'])
            assert s['kind'] in KINDS, (r['id'], s['kind'])
        if iss:
            bad += 1
            print('ISSUE', r['id'], iss)
        per_lang[r['lang']] = per_lang.get(r['lang'], 0) + 1
        per_style[r['style']] = per_style.get(r['style'], 0) + 1
        npos += pos
        nneg += not pos
        lens.append(len(r['text']))
        for kd in {s['kind'] for s in r['secrets']}:
            per_kind_samples[kd] = per_kind_samples.get(kd, 0) + 1
        for s in r['secrets']:
            per_kind[s['kind']] = per_kind.get(s['kind'], 0) + 1
    pl = {}
    for r in rows:
        key = (r['lang'], 'pos' if r['secrets'] else 'neg')
        pl[key] = pl.get(key, 0) + 1
    lens.sort()
    print('file:', path)
    print('total:', len(rows), ' unique ids:', len(ids), ' samples with issues:', bad)
    print('per lang:', per_lang, ' lang x polarity:', dict(sorted(pl.items())))
    print('positives:', npos, ' negatives:', nneg)
    print('labels per kind:', dict(sorted(per_kind.items())))
    print('samples per kind:', dict(sorted(per_kind_samples.items())))
    print('styles:', dict(sorted(per_style.items(), key=lambda x: -x[1])))
    print('length min/median/p90/max:', lens[0], lens[len(lens) // 2], lens[int(len(lens) * .9)], lens[-1])
    return bad == 0 and len(ids) == len(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(os.path.dirname(here), 'code.jsonl')
    samples, use = generate()
    with open(path, 'w', encoding='utf-8') as fh:
        for s in samples:
            fh.write(json.dumps(s, ensure_ascii=False) + '\n')
    print('skeletons:', len(SK), ' used:', len(use), ' min/max uses:', min(use.values()), max(use.values()))
    ok = check(path)
    if not ok:
        sys.exit(1)


if __name__ == '__main__':
    main()
