#!/usr/bin/env python3
"""fresh27 generator: "the data team's plumbing". Seeded, deterministic."""
import random, json, base64, hashlib, string, uuid, sys
from urllib.parse import quote

R = random.Random(20261227)
AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = '0123456789abcdef'
B64 = AL + '+/'
B64U = AL + '-_'

def ch(x): return R.choice(x)
def rs(n, a=AL): return ''.join(R.choice(a) for _ in range(n))
def hx(n): return rs(n, HEX)
def uid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def T(L, it, en): return it if L == 'it' else en
def ri(a, b): return R.randint(a, b)
def maybe(p=0.5): return R.random() < p

# ---------------------------------------------------------------- people/places
NOMI_IT = ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Davide', 'Sara', 'Matteo', 'Elena', 'Federico', 'Martina', 'Simone', 'Valentina', 'Andrea', 'Ilaria', 'Stefano', 'Paola', 'Riccardo', 'Beatrice']
COGN_IT = ['Rossi', 'Bianchi', 'Ferri', 'Colombo', 'Esposito', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana']
NOMI_EN = ['James', 'Priya', 'Oliver', 'Hannah', 'Tom', 'Aisha', 'Ben', 'Chloe', 'Daniel', 'Grace', 'Ethan', 'Maya', 'Liam', 'Sofia', 'Noah', 'Zoe', 'Ravi', 'Emma', 'Jack', 'Ines']
COGN_EN = ['Smith', 'Patel', 'Clarke', 'Nguyen', 'Walker', 'Okafor', 'Hughes', 'Murphy', 'Kowalski', 'Evans', 'Schmidt', 'Dubois', 'Garcia', 'Reid', 'Turner', 'Khan', 'Wright', 'Fischer', 'Lopez', 'Hall']
def person(L):
    return (ch(NOMI_IT) + ' ' + ch(COGN_IT)) if L == 'it' else (ch(NOMI_EN) + ' ' + ch(COGN_EN))
def uname(L):
    n = person(L).lower().split(' ')
    return n[0] + '.' + n[-1].replace("'", '')
COMP_IT = ['Ortofrutta Riva', 'Moda Lario', 'Assicura Più', 'Viaggi Sirena', 'Farmacie Unite', 'Energia Nord', 'Libreria Dante', 'Cantine Sabbioni', 'Mobilificio Brianza', 'Pastificio Gentile']
COMP_EN = ['Harbourline', 'Brightcart', 'Northwind Retail', 'Kettle & Co', 'Quayside Foods', 'Lumen Travel', 'Redbrick Insurance', 'Parcelly', 'Greenfield Energy', 'Tallow Books']
def comp(L): return ch(COMP_IT if L == 'it' else COMP_EN)
def slug(s): return ''.join(c for c in s.lower().replace(' ', '-').replace('&', 'and') if c.isalnum() or c == '-')

PROV = [('PayNova', 'api.paynova.io', 'pnv_live_', 'pnv_pub_'), ('Fatturly', 'api.fatturly.it', 'ftl_sk_', 'ftl_pk_'),
        ('ContoChiaro', 'api.contochiaro.eu', 'cc_prod_', 'cc_pub_'), ('Tesora', 'api.tesora.dev', 'tsr_live_', 'tsr_pub_')]
def prov(): return ch(PROV)

def dt(): return '2026-%02d-%02d' % (ri(9, 12), ri(1, 28))
def tm(): return '%02d:%02d:%02d' % (ri(0, 23), ri(0, 59), ri(0, 59))
def ts(): return dt() + 'T' + tm()
def ts_sp(): return dt() + ' ' + tm()

# ---------------------------------------------------------------- secret values
WORDS = ['Gelato', 'Tramonto', 'Fiume', 'Lampone', 'Orbit', 'Falcon', 'Maple', 'Quartz', 'Delta', 'Nebbia', 'Pioggia', 'Ginepro', 'Harbor', 'Tundra', 'Cobalto', 'Vesuvio', 'Granite', 'Sparrow', 'Lince', 'Corvo', 'Marea', 'Basalto', 'Otter', 'Saffron']
PHW = ['gatto', 'treno', 'luna', 'pane', 'vento', 'river', 'copper', 'lemon', 'cloud', 'piano', 'sedia', 'tiger', 'nuvola', 'orange', 'sasso']
def pw(kind=None):
    k = kind if kind is not None else ri(0, 6)
    if k == 0: p = ch(WORDS) + ch('!#$*_-.') + str(ri(10, 9999))
    elif k == 1: p = rs(ri(12, 18), AL + '!#%^*-_') + str(ri(0, 9))
    elif k == 2: p = '-'.join(R.sample(PHW, 3)) + '-' + str(ri(10, 99))
    elif k == 3: p = ch(WORDS).lower() + str(ri(1990, 2026)) + ch('!?')
    elif k == 4: p = rs(ri(20, 32))
    elif k == 5: p = ch(['Dwh', 'Etl', 'Bi', 'Load', 'Analytics']) + '_' + rs(4, UP) + str(ri(100, 999)) + ch('!$#')
    else: p = ch(WORDS) + ch(WORDS) + str(ri(1, 99)) + ch('!*')
    return p
def pw_url():
    """returns (raw, as written in URL)"""
    k = ri(0, 4)
    if k == 0:
        raw = ch(WORDS) + '@' + str(ri(10, 999)); return raw, raw.replace('@', '%40')
    if k == 1:
        raw = rs(6) + '#' + rs(6) + str(ri(1, 9)); return raw, raw.replace('#', '%23')
    if k == 2:
        raw = rs(ri(14, 22)); return raw, raw
    if k == 3:
        raw = ch(WORDS) + '-' + ch(WORDS) + '.' + str(ri(1, 99)); return raw, raw
    raw = rs(5) + '/' + rs(7) + '!'; return raw, quote(raw, safe='!')

def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def luhn_ok(n):
    n = ''.join(c for c in n if c.isdigit())
    return luhn_digit(n[:-1]) == n[-1]
CARD_PFX = ['4539', '4556', '4916', '4024007', '4485', '5105', '5425', '5555', '2223', '2720', '6011', '3782', '3714', '4000056655']
def card_raw():
    p = ch(CARD_PFX)
    ln = 15 if p.startswith('37') else 16
    body = p + rs(ln - 1 - len(p), DG)
    return body + luhn_digit(body)
def fmt_card(c, style=None):
    st = style if style is not None else ri(0, 5)
    if len(c) == 15:
        g = [c[:4], c[4:10], c[10:]]
    else:
        g = [c[i:i + 4] for i in range(0, 16, 4)]
    if st == 0: return c
    if st == 1: return ' '.join(g)
    if st == 2: return '-'.join(g)
    if st == 3: return '.'.join(g)
    if st == 4: return '  '.join(g)
    return ' '.join(g) if len(c) == 15 else c[:4] + ' ' + c[4:8] + c[8:12] + ' ' + c[12:]
def card(style=None): return fmt_card(card_raw(), style)
def bad_card(style=None):
    c = card_raw()
    c = c[:-1] + str((int(c[-1]) + ri(1, 9)) % 10)
    assert not luhn_ok(c)
    return fmt_card(c, style)
def cvv(): return rs(3, DG) if maybe(0.9) else rs(4, DG)
def exp(): return '%02d/%02d' % (ri(1, 12), ri(27, 31))
def mask_card(c=None, st=None):
    c = c or card_raw(); st = st if st is not None else ri(0, 4)
    if st == 0: return '**** **** **** ' + c[-4:]
    if st == 1: return c[:6] + '******' + c[-4:]
    if st == 2: return 'XXXX-XXXX-XXXX-' + c[-4:]
    if st == 3: return c[:4] + ' •••• •••• ' + c[-4:]
    return '************' + c[-4:]

ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(abi, cab, conto):
    t = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c) - 65
        t += ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)
ABIS = ['03069', '02008', '05034', '01030', '03111', '05428', '06230', '03032', '05696', '08327', '03440', '07601']
def it_parts():
    abi = ch(ABIS); cab = rs(5, DG); conto = ('0000' + rs(8, DG)) if maybe() else rs(12, DG)
    return it_cin(abi, cab, conto), abi, cab, conto
W11 = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
def es_dc(d10):
    r = 11 - sum(int(a) * w for a, w in zip(d10, W11)) % 11
    return 0 if r == 11 else (1 if r == 10 else r)
def es_ccc():
    b = rs(4, DG); o = rs(4, DG); a = rs(10, DG)
    return b + o + str(es_dc('00' + b + o)) + str(es_dc(a)) + a
def fr_rib():
    b = rs(5, DG); g = rs(5, DG); c = rs(11, DG)
    k = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return b, g, c, '%02d' % k
def iban_cd(cc, bban):
    num = ''.join(str(int(x, 36)) for x in bban + cc + '00')
    return '%02d' % (98 - int(num) % 97)
def iban_ok(i):
    i = i.replace(' ', '')
    num = ''.join(str(int(x, 36)) for x in i[4:] + i[:4])
    return int(num) % 97 == 1
def bban(cc):
    if cc == 'IT':
        c, a, b, k = it_parts(); return c + a + b + k
    if cc == 'DE': return rs(8, DG) + rs(10, DG)
    if cc == 'FR':
        b, g, c, k = fr_rib(); return b + g + c + k
    if cc == 'ES': return es_ccc()
    if cc == 'GB': return ch(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + rs(6, DG) + rs(8, DG)
    if cc == 'NL': return ch(['ABNA', 'RABO', 'INGB']) + rs(10, DG)
    if cc == 'BE':
        f = rs(10, DG); k = int(f) % 97 or 97; return f + '%02d' % k
    if cc == 'AT': return rs(16, DG)
    return rs(18, DG)
def iban_raw(cc=None):
    cc = cc or ch(['IT', 'IT', 'IT', 'DE', 'FR', 'ES', 'GB', 'NL', 'BE', 'AT'])
    b = bban(cc)
    return cc + iban_cd(cc, b) + b
def fmt_iban(i, st=None):
    st = st if st is not None else ri(0, 3)
    if st in (0, 1): return i
    return ' '.join(i[j:j + 4] for j in range(0, len(i), 4))
def iban(cc=None, st=None): return fmt_iban(iban_raw(cc), st)
def bad_iban(cc=None, st=None):
    i = iban_raw(cc)
    d = int(i[2:4]); nd = (d + ri(1, 40)) % 97
    if nd < 2: nd += 5
    i2 = i[:2] + '%02d' % nd + i[4:]
    if iban_ok(i2):
        i2 = i[:2] + '%02d' % ((nd + 1) % 97) + i[4:]
    assert not iban_ok(i2)
    return fmt_iban(i2, st)
def mask_iban(i=None):
    i = i or iban_raw()
    st = ri(0, 3)
    if st == 0: return i[:4] + '*' * (len(i) - 8) + i[-4:]
    if st == 1: return i[:2] + '** **** **** **** ' + i[-4:]
    if st == 2: return i[:6] + 'XXXXXXXXXXXX' + i[-4:]
    return '…' + i[-4:]
BICS = ['BCITITMM', 'UNCRITMM', 'BPMOIT22', 'PASCITMM', 'CRPPIT2P', 'DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'CAIXESBB', 'NWBKGB2L', 'INGBNL2A', 'GEBABEBB', 'BAPPIT22', 'SELBIT2B']
def sortcode(): return '%02d-%02d-%02d' % (ri(10, 99), ri(0, 99), ri(0, 99))

def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip('=')
def jwt(iss=None):
    h = {'alg': ch(['RS256', 'ES256', 'HS256']), 'typ': 'JWT'}
    if maybe(): h['kid'] = hx(8)
    p = {'sub': ch(['svc-etl', 'airflow', 'dbt-cloud', uid()[:8], 'analytics-bot']), 'iss': iss or ('https://auth.' + prov()[1].split('.', 1)[1]), 'iat': ri(1790000000, 1799999999)}
    p['exp'] = p['iat'] + 3600
    if maybe(): p['scope'] = ch(['payments:read', 'reports:read exports:read', 'read:transactions'])
    return b64u(json.dumps(h, separators=(',', ':')).encode()) + '.' + b64u(json.dumps(p, separators=(',', ':')).encode()) + '.' + rs(ch([43, 86, 64]), B64U)
def ptok(pv=None):
    pv = pv or prov()
    return pv[2] + rs(ch([24, 32, 40]))
def opaque(): return ch(['', 'at_', 'tok_live_', 'sess_']) + rs(ch([32, 40, 48]))
def bearer():
    k = ri(0, 2)
    return jwt() if k == 0 else (ptok() if k == 1 else opaque())
def rtok():
    k = ri(0, 4)
    if k == 0: return '1//0' + rs(1, 'abcdefg') + rs(ri(90, 100), B64U)
    if k == 1: return '5Aep861' + rs(80, AL + '._')
    if k == 2: return 'na1-' + hx(4) + '-' + hx(4) + '-' + hx(4) + '-' + hx(4) + '-' + hx(12)
    if k == 3: return ch([p[2].split('_')[0] for p in PROV]) + '_rt_' + rs(40)
    return 'rt.' + rs(60, B64U)
def csec():
    k = ri(0, 4)
    if k == 0: return 'GOCSPX-' + rs(28, B64U)
    if k == 1: return rs(3, AL) + '8Q~' + rs(34, AL + '~._-')
    if k == 2: return rs(ch([32, 40, 48]))
    if k == 3: return ch([p[2].split('_')[0] for p in PROV]) + '_cs_' + rs(32)
    return hx(64)
def cid():
    k = ri(0, 3)
    if k == 0: return str(ri(100000000000, 999999999999)) + '-' + rs(32, LO + DG) + '.apps.googleusercontent.com'
    if k == 1: return uid()
    if k == 2: return ch(['acme', 'dwh', 'bi', 'etl', 'lake']) + '-' + ch(['prod', 'staging', 'reporting']) + '-' + rs(6, LO + DG)
    return '3MVG9' + rs(60, AL + '._')
def basic(u, p): return base64.b64encode((u + ':' + p).encode()).decode()

def pem_body(n, prefix):
    s = prefix + rs(64 * n - len(prefix) - ri(5, 40), B64)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return lines
def pem(kind=None, n=None):
    kind = kind or ch(['PRIVATE KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'OPENSSH PRIVATE KEY'])
    pre = {'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA', 'EC PRIVATE KEY': 'MHcCAQEEI',
           'ENCRYPTED PRIVATE KEY': 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI', 'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAB'}[kind]
    n = n or (3 if kind == 'EC PRIVATE KEY' else ri(7, 13))
    lines = pem_body(n, pre)
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (kind, '\n'.join(lines), kind), lines
def pubkey():
    lines = pem_body(ri(5, 7), 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA')
    return '-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----' % '\n'.join(lines), lines
def sshpub(): return 'ssh-' + ch(['rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + rs(300, B64), 'ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(43, B64)]) + ' ' + ch(['airbyte@bastion', 'fivetran', 'etl@dwh-jump', 'deploy'])

def akia(): return ch(['AKIA', 'AKIA', 'AKIA', 'ASIA']) + rs(16, UP + '234567')
def awssec(): return rs(40, AL + '/+')
def dapi(): return 'dapi' + hx(32) + ch(['', '', '-2', '-3'])
def hft(): return 'hf_' + rs(34, string.ascii_letters)
def wandb(): return hx(40)
def hook(): return 'https://hooks.slack.com/services/T' + rs(8, UP + DG) + '/B' + rs(10, UP + DG) + '/' + rs(24)
def xoxb(): return 'xoxb-' + rs(12, DG) + '-' + rs(13, DG) + '-' + rs(24)
def azkey(): return rs(86, B64) + '=='
def aiza(): return 'AIza' + rs(35, B64U)
def oai(): return 'sk-proj-' + rs(ch([64, 96]), B64U)
def ghp(): return ch(['ghp_' + rs(36), 'github_pat_11' + rs(20, UP + DG) + '_' + rs(59)])
def skl(): return ch(['sk_live_', 'rk_live_']) + '51' + rs(ch([40, 60, 94]))
def sg(): return 'SG.' + rs(22, B64U) + '.' + rs(43, B64U)
def dbtc(): return 'dbtc_' + rs(48, B64U)
def ddk(): return hx(32)
def vendor():
    k = ri(0, 11)
    return [('AWS', awssec()), ('Databricks', dapi()), ('Hugging Face', hft()), ('Slack', hook()), ('Slack', xoxb()), ('Azure', azkey()),
            ('Google', aiza()), ('OpenAI', oai()), ('GitHub', ghp()), ('Stripe', skl()), ('SendGrid', sg()), ('dbt Cloud', dbtc())][k]

def otp(): return rs(ch([6, 6, 6, 8]), DG)
def cardpin(): return rs(ch([4, 4, 5]), DG)

# ---------------------------------------------------------------- look-alikes
def sfqid(): return hx(8) + '-' + rs(4, DG) + '-' + hx(4) + '-0000-' + hx(12)
def runid(): return ch(['scheduled__', 'manual__', 'backfill__', 'dataset_triggered__']) + ts() + '+00:00'
def sparkapp(): return 'application_%d_%04d' % (ri(1790000000000, 1799999999999), ri(1, 9999))
def dbxcluster(): return '%04d-%06d-%s' % (ri(101, 1231), ri(0, 235959), rs(8, LO + DG))
def bqjob(): return ch(['bquxjob_' + hx(8) + '_' + hx(11), 'job_' + rs(28, AL + '_-'), 'scheduled_query_' + hx(8) + '-0000-' + hx(4) + '-' + hx(4) + '-' + hx(12)])
def md5(): return hx(32)
def sha1(): return hx(40)
def sha256(): return hx(64)
def etag(): return '"' + hx(32) + ('' if maybe() else '-%d' % ri(2, 40)) + '"'
def trace(): return hx(32)
def tokpan(): return ch(['tok_' + rs(24), 'pan_tok_' + hx(20), 'tkn-' + uid(), 'vt_' + rs(16, UP + DG)])
def fpe_token():
    while True:
        t = ch(['9', '8', '0']) + rs(15, DG)
        if not luhn_ok(t): return t
def bcrypt(): return '$2b$12$' + rs(53, AL + './')
def phone(L): return ch(['+39 3%d %d %d' % (ri(20, 49), ri(100, 999), ri(1000, 9999)), '02 %d %d' % (ri(1000, 9999), ri(1000, 9999))]) if L == 'it' else ch(['+44 7%d %06d' % (ri(100, 999), ri(0, 999999)), '+1 (415) %03d-%04d' % (ri(200, 999), ri(0, 9999))])
def amount(): return '%d.%02d' % (ri(1, 9999), ri(0, 99))
def email(L): return uname(L) + '@' + ch(['gmail.com', 'libero.it', 'outlook.com', 'example.org', 'fastwebnet.it', 'proton.me', 'yahoo.co.uk'])
def mlrun(): return hx(32)
def wbrun(): return rs(8, LO + DG)
def invoice(): return ch(['FT', 'INV-', 'FAT/', 'NC-']) + '2026/' + str(ri(100, 99999))

PH = {
    'password': ['********', '***', '<password>', '<la-tua-password>', '${DWH_PASSWORD}', '$PGPASSWORD', '{{ env_var("DBT_PASSWORD") }}', '{{ conn.dwh.password }}', '[REDACTED]', 'xxxxxxxx', 'REPLACE_ME', '<redacted>', '{{ var.value.dwh_pw }}', '${{ secrets.DWH_PW }}', '<inserire_password>', '••••••••••'],
    'access_token': ['<YOUR_API_KEY>', '${PROVIDER_TOKEN}', '{{ var.value.provider_token }}', '[REDACTED]', '***', '<token>', 'YOUR_ACCESS_TOKEN', '$API_TOKEN', '{{ token }}', '<incolla-qui-il-token>', '********************'],
    'refresh_token': ['<refresh_token>', '${REFRESH_TOKEN}', '**********', '[REDACTED]', 'YOUR_REFRESH_TOKEN', '{{ refresh_token }}', '<omesso>'],
    'client_secret': ['YOUR_CLIENT_SECRET', '${CLIENT_SECRET}', '**********', '<client-secret>', '[hidden]', '{{ var.value.client_secret }}', '<segreto>'],
    'vendor_key': ['${AWS_SECRET_ACCESS_KEY}', '<YOUR_KEY>', '****************', '[REDACTED]', '{{ var.value.cloud_key }}', '<redacted>', 'xxxxxxxxxxxxxxxx'],
    'pin': ['******', '<code>', 'XXXXXX', '[OTP]'],
}
def ph(kind): return ch(PH[kind])

class C:
    def __init__(s, leak): s.leak = leak; s.sec = []
    def v(s, kind, real, fake=None):
        if s.leak:
            s.sec.append((kind, real)); return real
        return fake if fake is not None else ph(kind)
    def add(s, kind, val): s.sec.append((kind, val)); return val

# ================================================================ templates
TPL = []    # (fn, primary kind) -- fn(L, leak) -> (style, text, secrets)
PASS = []   # fn(L) -> (style, text)
def tpl(kind):
    def d(f): TPL.append((f, kind)); return f
    return d
def pas(f): PASS.append(f); return f

HOSTS = ['dwh-prod.cluster-c9x2kq.eu-west-1.rds.amazonaws.com', 'analytics.c7ab12.eu-central-1.redshift.amazonaws.com', '10.20.4.17', 'pg-replica.internal', 'mysql-crm.lan', 'bi-db01.azienda.local', 'ch-prod-01.clickhouse.cloud', 'warehouse.corp.example', 'db-reporting.eu-south-1.rds.amazonaws.com']
SFACC = ['xy12345.eu-central-1', 'ab98765.west-europe.azure', 'acme-prod', 'kt40211.eu-west-1', 'org-analytics.eu-south-1']
DBS = ['analytics', 'dwh', 'reporting', 'raw', 'staging', 'crm', 'payments', 'mart_finance']
USERS = ['etl_user', 'svc_airflow', 'dbt_runner', 'loader', 'bi_reader', 'analytics', 'fivetran_user', 'airbyte', 'metabase', 'looker_svc', 'ML_SVC', 'DBT_PROD']

@tpl('password')
def t_af_cli(L, leak):
    c = C(leak); p = pw()
    ctype = ch(['postgres', 'mysql', 'mssql', 'redshift', 'snowflake'])
    h = ch(HOSTS)
    pv = c.v('password', p)
    q = ch(["'", '"', ''])
    if not leak and ' ' in pv: q = "'"
    cmd = ("airflow connections add '%s_%s' \\\n    --conn-type %s \\\n    --conn-host %s \\\n    --conn-schema %s \\\n    --conn-login %s \\\n    --conn-password %s%s%s \\\n    --conn-port %d"
           % (ctype, ch(DBS), ctype, h, ch(DBS), ch(USERS), q, pv, q, ch([5432, 3306, 1433, 5439, 443])))
    pre = T(L, ch(['Ho creato la connessione così ma il task va in errore:', 'comando usato sul worker:', 'Questo è quello che ho lanciato ieri sera']),
            ch(['Created the connection like this, the task still fails:', 'command I ran on the scheduler box:', 'this is what I ran last night']))
    post = T(L, ch(['', '\nErrore: `could not translate host name`', '\nil test dalla UI invece è verde.']), ch(['', '\nError: `could not translate host name`', '\nthe Test button in the UI is green though.']))
    return 'shell', pre + '\n\n' + cmd + post, c.sec

@tpl('password')
def t_af_env(L, leak):
    c = C(leak); raw, enc = pw_url()
    k = ri(0, 3); u = ch(USERS)
    fake = ch(['${DB_PASS}', '****', '<password>', 'xxxx', '%3Cpassword%3E'])
    pe = c.v('password', enc, fake)
    if k == 0:
        line = 'AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://%s:%s@%s/%s/PUBLIC?warehouse=TRANSFORM_WH&role=LOADER' % (u, pe, ch(SFACC), ch(DBS).upper())
    elif k == 1:
        line = "export AIRFLOW_CONN_POSTGRES_DWH='postgresql://%s:%s@%s:5432/%s?sslmode=require'" % (u, pe, ch(HOSTS), ch(DBS))
    elif k == 2:
        line = 'AIRFLOW_CONN_MYSQL_CRM: "mysql://%s:%s@%s:3306/%s"' % (u, pe, ch(HOSTS), ch(DBS))
    else:
        line = 'AIRFLOW_CONN_REDSHIFT=redshift://%s:%s@%s:5439/%s' % (u, pe, ch(HOSTS), ch(DBS))
    around = ch([['AIRFLOW__CORE__EXECUTOR=CeleryExecutor', 'AIRFLOW__CORE__LOAD_EXAMPLES=False', line, 'AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False'],
                 ['# docker-compose.override.yml', 'environment:', '  ' + line, '  AIRFLOW__LOGGING__LOGGING_LEVEL: INFO'],
                 [line]])
    pre = T(L, ch(['Nel .env del nostro docker-compose abbiamo:', 'La variabile è questa (la password ha caratteri speciali, forse è quello?):', 'variabili di ambiente del container scheduler']),
            ch(['In the .env of our docker-compose we have:', 'Env var below (password has special chars, maybe that is the issue?):', 'scheduler container env']))
    return 'env', pre + '\n' + '\n'.join(around), c.sec

@tpl('password')
def t_af_ui(L, leak):
    c = C(leak); p = pw()
    ex = json.dumps({'sslmode': 'require', 'connect_timeout': 10}) if maybe() else '{}'
    sep = ch(['\t', '\n', ': '])
    rows = [('Connection Id', ch(DBS) + '_' + ch(['prod', 'ro', 'dwh'])), ('Connection Type', ch(['Postgres', 'MySQL', 'Microsoft SQL Server (MSSQL)', 'Amazon Redshift'])),
            ('Description', T(L, 'replica di sola lettura', 'read replica')), ('Host', ch(HOSTS)), ('Database', ch(DBS)), ('Login', ch(USERS)),
            ('Password', c.v('password', p)), ('Port', str(ch([5432, 3306, 1433]))), ('Extra', ex)]
    body = '\n'.join(a + sep + b for a, b in rows)
    pre = T(L, ch(['Copio la pagina "Edit Connection" della UI di Airflow:', 'Ecco cosa vedo in Admin > Connections (copiato dalla pagina):']),
            ch(['Copying the "Edit Connection" page from the Airflow UI:', 'Here is what Admin > Connections shows (copied off the page):']))
    return 'ui-text', pre + '\n\n' + body + '\n\n' + T(L, 'Save   Test   Back', 'Save   Test   Back'), c.sec

@tpl('password')
def t_dbt_profiles(L, leak):
    c = C(leak); p = pw(); t = ri(0, 3)
    fake = ch(['"{{ env_var(\'DBT_PASSWORD\') }}"', "\"{{ env_var('SNOWFLAKE_PASSWORD') }}\"", '"{{ env_var(\'DBT_ENV_SECRET_PG_PASS\') }}"'])
    pv = c.v('password', p, fake)
    if leak and maybe(): pv = '"' + p + '"'
    cm = T(L, ch(['# TODO spostare in env var', '# password del service user', '# funziona in locale']), ch(['# TODO move to env var', '# service user password', '# works locally']))
    if t == 0:
        y = "%s:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: %s\n      user: %s\n      password: %s  %s\n      role: TRANSFORMER\n      database: %s\n      warehouse: TRANSFORM_WH\n      schema: dbt_prod\n      threads: 8" % (slug(comp(L)), ch(SFACC), ch(USERS).upper(), pv, cm, ch(DBS).upper())
    elif t == 1:
        y = "analytics:\n  outputs:\n    dev:\n      type: postgres\n      host: %s\n      user: %s\n      password: %s\n      port: 5432\n      dbname: %s\n      schema: dbt_%s\n      threads: 4\n  target: dev" % (ch(HOSTS), ch(USERS), pv, ch(DBS), ch(NOMI_IT).lower())
    elif t == 2:
        y = "default:\n  target: prod\n  outputs:\n    prod:\n      type: redshift\n      host: %s\n      port: 5439\n      user: %s\n      %s\n      password: %s\n      dbname: %s\n      schema: analytics\n      threads: 6\n      ra3_node: true" % (ch(HOSTS), ch(USERS), cm, pv, ch(DBS))
    else:
        y = "ch_project:\n  target: prod\n  outputs:\n    prod:\n      type: clickhouse\n      schema: analytics\n      host: %s\n      port: 8443\n      user: %s\n      password: %s\n      secure: True" % (ch(HOSTS), ch(USERS), pv)
    pre = T(L, ch(['Il mio profiles.yml (~/.dbt/profiles.yml):', 'Vi allego il profiles.yml, dbt debug dice "Connection test: ERROR"', 'profiles.yml usato in CI']),
            ch(['My profiles.yml (~/.dbt/profiles.yml):', 'Attaching profiles.yml, dbt debug says "Connection test: ERROR"', 'profiles.yml used in CI']))
    return 'yaml', pre + '\n```yaml\n' + y + '\n```', c.sec

@tpl('password')
def t_jdbc(L, leak):
    c = C(leak); raw, enc = pw_url(); u = ch(USERS); k = ri(0, 4)
    pe = c.v('password', enc if k != 3 else raw, ch(['${JDBC_PASSWORD}', '****', '<pwd>', '[hidden]']))
    if k == 0: url = 'jdbc:redshift://%s:5439/%s?user=%s&password=%s&ssl=true' % (ch(HOSTS), ch(DBS), u, pe)
    elif k == 1: url = 'jdbc:snowflake://%s.snowflakecomputing.com/?db=%s&warehouse=BI_WH&user=%s&password=%s' % (ch(SFACC), ch(DBS).upper(), u, pe)
    elif k == 2: url = 'jdbc:clickhouse://%s:8443/%s?ssl=true&user=%s&password=%s' % (ch(HOSTS), ch(DBS), u, pe)
    elif k == 3: url = 'jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true;trustServerCertificate=true;' % (ch(HOSTS), ch(DBS), u, pe)
    else: url = 'jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ApplicationName=tableau' % (ch(HOSTS), ch(DBS), u, pe)
    pre = T(L, ch(['URL JDBC che usiamo in DBeaver e in Tableau:', 'la stringa di connessione è', 'Da SQL Workbench funziona con questo URL, da Spark no:', 'Connessione JDBC (copiata dal wiki interno)']),
            ch(['JDBC URL we use in DBeaver and Tableau:', 'connection string is', 'Works from SQL Workbench with this URL, not from Spark:', 'JDBC connection (copied from our internal wiki)']))
    return 'jdbc', pre + ' ' + url + T(L, ch(['', '\n\ngrazie', ' — timeout dopo 30s']), ch(['', '\n\nthanks', ' — times out after 30s'])), c.sec

@tpl('password')
def t_odbc(L, leak):
    c = C(leak); p = pw()
    k = ri(0, 1)
    if k == 0:
        body = '[Redshift_DWH]\nDriver=/opt/amazon/redshiftodbc/lib/64/libamazonredshiftodbc64.so\nServer=%s\nPort=5439\nDatabase=%s\nUID=%s\nPWD=%s\nSSLMode=verify-ca' % (ch(HOSTS), ch(DBS), ch(USERS), c.v('password', p))
    else:
        body = 'Driver={ODBC Driver 18 for SQL Server};Server=tcp:%s,1433;Database=%s;Uid=%s;Pwd=%s;Encrypt=yes;Connection Timeout=30;' % (ch(HOSTS), ch(DBS), ch(USERS), c.v('password', p, '{your_password_here}'))
    pre = T(L, ch(['odbc.ini sul server di Power BI Gateway:', 'DSN configurato così (Excel → Dati → Da ODBC)', 'la stringa ODBC del gateway']),
            ch(['odbc.ini on the Power BI gateway box:', 'DSN set up like this (Excel → Data → From ODBC)', 'the gateway ODBC string']))
    return 'ini', pre + '\n\n' + body, c.sec

@tpl('password')
def t_spark_jdbc(L, leak):
    c = C(leak); p = pw()
    fake = ch(['dbutils.secrets.get(scope="dwh", key="pg-password")', 'os.environ["PG_PASSWORD"]', 'spark.conf.get("spark.dwh.password")'])
    pv = ('"' + c.v('password', p) + '"') if leak else fake
    cm = T(L, ch(['# lettura tabella pagamenti', '# TODO: usare secret scope', '# legge dalla replica']), ch(['# read payments table', '# TODO: use a secret scope', '# reads from replica']))
    code = ('%s\ndf = (spark.read.format("jdbc")\n      .option("url", "jdbc:postgresql://%s:5432/%s")\n      .option("dbtable", "public.transactions")\n      .option("user", "%s")\n      .option("password", %s)\n      .option("fetchsize", 10000)\n      .load())\ndisplay(df.limit(10))'
            % (cm, ch(HOSTS), ch(DBS), ch(USERS), pv))
    pre = T(L, ch(['Cella del notebook Databricks:', 'Nel notebook faccio così', 'Codice PySpark (Databricks Runtime 14.3):']), ch(['Databricks notebook cell:', 'In the notebook I do this', 'PySpark code (DBR 14.3):']))
    return 'pyspark', pre + '\n\n' + code, c.sec

@tpl('password')
def t_r_dbi(L, leak):
    c = C(leak); p = pw()
    fake = ch(['Sys.getenv("DWH_PWD")', 'keyring::key_get("dwh", "analyst")', 'rstudioapi::askForPassword("Password DB")'])
    pv = ('"' + c.v('password', p) + '"') if leak else fake
    cm = T(L, ch(['# connessione al DWH', '# da cambiare prima di condividere!!', '# credenziali di Paolo']), ch(['# connect to the warehouse', '# change before sharing!!', "# Paolo's creds"]))
    drv = ch(['RPostgres::Postgres()', 'RMariaDB::MariaDB()', 'odbc::odbc()'])
    code = 'library(DBI)\n%s\ncon <- dbConnect(%s,\n                 host = "%s",\n                 dbname = "%s",\n                 user = "%s",\n                 password = %s)\nres <- dbGetQuery(con, "SELECT count(*) FROM %s.orders")' % (cm, drv, ch(HOSTS), ch(DBS), ch(USERS), pv, ch(DBS))
    pre = T(L, ch(['Sono un analista, uso R e non sono pratico di queste cose. Lo script è:', 'Script R che gira su RStudio Server:']), ch(["I'm an analyst, not a developer. The R script:", 'R script on RStudio Server:']))
    return 'r', pre + '\n\n' + code, c.sec

@tpl('password')
def t_julia(L, leak):
    c = C(leak); p = pw(ch([1, 4, 5]))
    pv = c.v('password', p)
    if leak:
        code = 'using LibPQ, DataFrames\nconn = LibPQ.Connection("host=%s port=5432 dbname=%s user=%s password=%s sslmode=require")\ndf = DataFrame(execute(conn, "SELECT * FROM fct_payments LIMIT 100"))' % (ch(HOSTS), ch(DBS), ch(USERS), pv)
    else:
        code = 'using LibPQ, DataFrames\nconn = LibPQ.Connection("host=%s port=5432 dbname=%s user=%s password=$(ENV["PGPASSWORD"]) sslmode=require")\ndf = DataFrame(execute(conn, "SELECT * FROM fct_payments LIMIT 100"))' % (ch(HOSTS), ch(DBS), ch(USERS))
    pre = T(L, 'Stesso problema anche da Julia:', 'Same issue from Julia:')
    return 'julia', pre + '\n\n' + code + '\n\nERROR: LibPQ.Errors.PQConnectionError: ' + T(L, 'timeout', 'timeout expired'), c.sec

@tpl('password')
def t_sas_stata(L, leak):
    c = C(leak); p = pw(ch([0, 3, 5]))
    if maybe():
        pv = c.v('password', p, '&dwh_pwd.')
        code = 'libname dwh odbc dsn="DWH_PROD" user=%s password="%s" schema=mart;\nproc sql;\n  create table work.pagamenti as select * from dwh.fct_pagamenti where data >= "01NOV2026"d;\nquit;' % (ch(USERS), pv)
        st = 'sas'
    else:
        pv = c.v('password', p, '`dwhpwd\'')
        code = 'odbc load, exec("SELECT * FROM mart.fct_payments") dsn("DWH_PROD") user(%s) password(%s) clear\nsummarize amount' % (ch(USERS), pv)
        st = 'stata'
    pre = T(L, ch(['Dal nostro ufficio studi (usiamo SAS/Stata):', 'Programma che lancia il collega della statistica:']), ch(['From our research unit (SAS/Stata users):', 'The program our stats colleague runs:']))
    return st, pre + '\n\n' + code, c.sec

@tpl('password')
def t_bi_page(L, leak):
    c = C(leak); p = pw(); tool = ch(['Metabase', 'Looker', 'Superset', 'Tableau', 'Power BI', 'Redash'])
    pv = c.v('password', p)
    if L == 'it':
        rows = ['Tipo di database\t' + ch(['PostgreSQL', 'Amazon Redshift', 'Snowflake', 'ClickHouse']), 'Nome visualizzato\t' + ch(['DWH produzione', 'Replica pagamenti', 'Mart finanza']),
                'Host\t' + ch(HOSTS), 'Porta\t5432', 'Nome del database\t' + ch(DBS), 'Nome utente\t' + ch(USERS), 'Password\t' + pv, 'Usa connessione sicura (SSL)\tSì']
    else:
        rows = ['Database type\t' + ch(['PostgreSQL', 'Amazon Redshift', 'Snowflake', 'ClickHouse']), 'Display name\t' + ch(['Prod DWH', 'Payments replica', 'Finance mart']),
                'Host\t' + ch(HOSTS), 'Port\t5432', 'Database name\t' + ch(DBS), 'Username\t' + ch(USERS), 'Password\t' + pv, 'Use a secure connection (SSL)\tYes']
    if maybe(0.4):
        rows = [r.replace('\t', '\n') for r in rows]
    pre = T(L, 'Pagina di configurazione della sorgente dati su %s (copiata a mano):' % tool, 'Data source settings page in %s (copied by hand):' % tool)
    return 'ui-text', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('password')
def t_sqlalchemy(L, leak):
    c = C(leak); raw, enc = pw_url(); u = ch(USERS)
    pe = c.v('password', enc, ch(['{password}', '********', 'XXXXXXXX']))
    k = ri(0, 3)
    uri = [('postgresql+psycopg2://%s:%s@%s:5432/%s' % (u, pe, ch(HOSTS), ch(DBS))), ('mysql+pymysql://%s:%s@%s/%s?charset=utf8mb4' % (u, pe, ch(HOSTS), ch(DBS))),
           ('snowflake://%s:%s@%s/%s/PUBLIC?role=BI&warehouse=BI_WH' % (u, pe, ch(SFACC), ch(DBS).upper())), ('clickhouse+http://%s:%s@%s:8123/%s' % (u, pe, ch(HOSTS), ch(DBS)))][k]
    if maybe():
        body = T(L, 'In Superset > Database Connections > SQLAlchemy URI ho messo:\n\n', 'In Superset > Database Connections > SQLAlchemy URI I put:\n\n') + uri + T(L, '\n\n"Test connection" dà errore.', '\n\n"Test connection" fails.')
        st = 'ui-text'
    else:
        body = 'import pandas as pd\nfrom sqlalchemy import create_engine\nengine = create_engine("%s")\ndf = pd.read_sql("select * from payouts where created_at > now() - interval \'1 day\'", engine)' % uri
        st = 'python'
    return st, body, c.sec

@tpl('password')
def t_debezium(L, leak):
    c = C(leak); p = pw(); k = ri(0, 1)
    pv = c.v('password', p, ch(['${file:/opt/kafka/secrets/db.properties:password}', '${secrets:debezium/pg:password}', '********']))
    cfg = {'name': ch(['pg-payments-cdc', 'mysql-orders-cdc', 'inventory-connector']), 'config': {
        'connector.class': ch(['io.debezium.connector.postgresql.PostgresConnector', 'io.debezium.connector.mysql.MySqlConnector']),
        'database.hostname': ch(HOSTS), 'database.port': ch(['5432', '3306']), 'database.user': ch(USERS), 'database.password': pv,
        'database.dbname': ch(DBS), 'topic.prefix': ch(['cdc', 'dbz', 'prod']), 'table.include.list': 'public.payments,public.refunds', 'plugin.name': 'pgoutput', 'slot.name': 'debezium_' + rs(4, LO)}}
    js = json.dumps(cfg, indent=2)
    pre = T(L, ch(['Config del connettore Debezium (POST /connectors):', 'Kafka Connect si ferma dopo lo snapshot, questa è la config:']), ch(['Debezium connector config (POST /connectors):', 'Kafka Connect stops after the snapshot, config below:']))
    if k == 1:
        js = "curl -s -X PUT -H 'Content-Type: application/json' http://connect:8083/connectors/%s/config -d '%s'" % (cfg['name'], json.dumps(cfg['config']))
    return 'json', pre + '\n\n' + js, c.sec

@tpl('password')
def t_airbyte_pg(L, leak):
    c = C(leak); p = pw()
    pv = c.v('password', p, '**********')
    cfg = {'sourceId': uid(), 'name': 'Postgres ' + ch(DBS), 'connectionConfiguration': {'host': ch(HOSTS), 'port': 5432, 'database': ch(DBS), 'schemas': ['public'], 'username': ch(USERS), 'password': pv,
           'ssl_mode': {'mode': 'require'}, 'replication_method': {'method': 'CDC', 'replication_slot': 'airbyte_slot', 'publication': 'airbyte_pub'}, 'tunnel_method': {'tunnel_method': 'NO_TUNNEL'}}, 'workspaceId': uid()}
    pre = T(L, 'Risposta di GET /v1/sources/get sull\'istanza Airbyte self-hosted:', 'Output of GET /v1/sources/get on our self-hosted Airbyte:')
    return 'json', pre + '\n' + json.dumps(cfg, indent=2 if maybe() else None), c.sec

@tpl('password')
def t_meltano(L, leak):
    c = C(leak); p = pw()
    pv = c.v('password', p)
    lines = ['TAP_POSTGRES_HOST=' + ch(HOSTS), 'TAP_POSTGRES_PORT=5432', 'TAP_POSTGRES_USER=' + ch(USERS), 'TAP_POSTGRES_PASSWORD=' + pv, 'TAP_POSTGRES_DBNAME=' + ch(DBS),
             'TARGET_SNOWFLAKE_ACCOUNT=' + ch(SFACC), 'TARGET_SNOWFLAKE_USER=' + ch(USERS).upper(), 'MELTANO_STATE_BACKEND_URI=s3://' + slug(comp(L)) + '-meltano/state']
    if leak and maybe():
        p2 = pw(); lines.append('TARGET_SNOWFLAKE_PASSWORD=' + c.add('password', p2))
    else:
        lines.append('TARGET_SNOWFLAKE_PASSWORD=${SF_PASSWORD}')
    pre = T(L, ch(['.env del progetto meltano', 'ecco il .env (meltano run tap-postgres target-snowflake)']), ch(['meltano project .env', 'here is the .env (meltano run tap-postgres target-snowflake)']))
    return 'env', pre + '\n' + '\n'.join(lines), c.sec

@tpl('password')
def t_ch_cli(L, leak):
    c = C(leak); p = pw(ch([1, 4, 6])); k = ri(0, 3)
    pv = c.v('password', p, '"$CH_PASSWORD"')
    if k == 0: cmd = "$ clickhouse-client --host %s --secure --user %s --password '%s' --query \"SELECT count() FROM events\"" % (ch(HOSTS), ch(USERS), pv)
    elif k == 1: cmd = '$ PGPASSWORD=%s psql -h %s -U %s -d %s -c "\\copy (select * from payouts) to payouts.csv csv header"' % (pv, ch(HOSTS), ch(USERS), ch(DBS))
    elif k == 2: cmd = '$ mysql -h %s -u %s -p%s %s -e "select count(*) from orders"' % (ch(HOSTS), ch(USERS), pv, ch(DBS))
    else: cmd = '$ snowsql -a %s -u %s --authenticator snowflake -o log_level=DEBUG  # SNOWSQL_PWD=%s' % (ch(SFACC), ch(USERS), pv)
    pre = T(L, ch(['dal terminale:', 'Comando lanciato dal bastion:', 'Se lancio a mano funziona:']), ch(['from the terminal:', 'Command run from the bastion:', 'Running it by hand works:']))
    return 'shell', pre + '\n' + cmd, c.sec

@tpl('password')
def t_snowsql_cfg(L, leak):
    c = C(leak); p = pw()
    body = '[connections.prod]\naccountname = %s\nusername = %s\npassword = "%s"\nwarehousename = BI_WH\ndbname = %s\nrolename = ANALYST\n\n[options]\nlog_level = INFO' % (ch(SFACC), ch(USERS).upper(), c.v('password', p), ch(DBS).upper())
    pre = T(L, 'il mio ~/.snowsql/config', 'my ~/.snowsql/config')
    return 'ini', pre + ':\n\n' + body, c.sec

@tpl('password')
def t_chat_pw(L, leak):
    c = C(leak); p = pw(); u = ch(USERS); a = uname(L); b = uname(L)
    lab = ch(['pwd', 'password', 'pass', 'psw']) if L == 'it' else ch(['pwd', 'password', 'pass', 'pw'])
    if leak:
        m = T(L, ch(['ok provato, user %s %s %s, host quello solito' % (u, lab, p), 'la %s del service user %s è %s (non dirlo a security 🙈)' % (lab, u, p), 'user: %s / %s: %s' % (u, lab, p)]),
              ch(['tried it, user %s %s %s, usual host' % (u, lab, p), 'the %s for service user %s is %s (dont tell security 🙈)' % (lab, u, p), 'user: %s / %s: %s' % (u, lab, p)]))
        c.add('password', p)
    else:
        m = T(L, ch(['la %s del service user %s è nel vault, path kv/dwh/%s' % (lab, u, u), 'ti mando la %s su 1Password, non qui' % lab, 'la %s l\'ho ruotata stamattina, chiedi a %s' % (lab, b)]),
              ch(['the %s for %s is in vault, kv/dwh/%s' % (lab, u, u), "I'll share the %s via 1Password, not here" % lab, 'rotated the %s this morning, ask %s' % (lab, b)]))
    th = '[%s] %s: %s\n[%s] %s: %s\n[%s] %s: %s' % (tm()[:5], a, T(L, 'qualcuno ha le credenziali per la replica?', 'anyone got creds for the replica?'), tm()[:5], b, m, tm()[:5], a, T(L, 'grazie! 🙏', 'thx 🙏'))
    pre = T(L, 'Vi incollo il thread Slack tra di noi, così capite il contesto:', 'Pasting our internal Slack thread for context:')
    return 'slack', pre + '\n\n' + th, c.sec

@tpl('password')
def t_cron_pg(L, leak):
    c = C(leak); p = pw(ch([1, 4])); u = ch(USERS); h = ch(HOSTS)
    pv = c.v('password', p, '$(cat /run/secrets/pg_pass)')
    mail = ('From: Cron Daemon <root@etl01>\nTo: data-team@%s\nSubject: Cron <etl@etl01> PGPASSWORD=%s /opt/etl/bin/nightly_export.sh >> /var/log/etl/export.log\n\n'
            'psql: error: connection to server at "%s" (10.20.4.17), port 5432 failed: FATAL:  password authentication failed for user "%s"\n'
            'nightly_export.sh: export of payouts_%s.csv FAILED (exit 2)') % (slug(comp(L)) + '.it', pv, h, u, dt().replace('-', ''))
    pre = T(L, ch(['Stanotte ci è arrivata questa mail dal cron, forse avete cambiato qualcosa sul vostro lato?', 'Mail di cron di stamattina:']), ch(['Got this cron mail overnight, did something change on your side?', "This morning's cron mail:"]))
    return 'cron-mail', pre + '\n\n' + mail, c.sec

@tpl('password')
def t_notebook_json(L, leak):
    c = C(leak); raw, enc = pw_url(); u = ch(USERS)
    pe = c.v('password', enc, "{os.environ['DB_PASS']}")
    src = ['import pandas as pd\n', 'import sqlalchemy as sa\n', 'eng = sa.create_engine(f"mysql+pymysql://%s:%s@%s/%s")\n' % (u, pe, ch(HOSTS), ch(DBS)), 'pd.read_sql("select status, count(*) n from payments group by 1", eng)']
    outs = [{'output_type': 'execute_result', 'execution_count': ri(2, 30), 'data': {'text/plain': ['     status     n\n', '0  captured  %d\n' % ri(1000, 90000), '1    failed   %d\n' % ri(10, 999), '2  refunded   %d' % ri(10, 999)]}, 'metadata': {}}]
    cell = {'cell_type': 'code', 'execution_count': outs[0]['execution_count'], 'id': hx(8), 'metadata': {}, 'outputs': outs, 'source': src}
    js = json.dumps({'cells': [cell], 'metadata': {'kernelspec': {'name': 'python3', 'display_name': 'Python 3'}}, 'nbformat': 4, 'nbformat_minor': 5}, indent=1)
    pre = T(L, 'Estratto del .ipynb (apritelo pure):', 'Extract of the .ipynb (feel free to open it):')
    return 'ipynb', pre + '\n' + js, c.sec

@tpl('password')
def t_sql_user(L, leak):
    c = C(leak); p = pw(ch([0, 1, 5])); u = ch(USERS); k = ri(0, 3)
    pv = c.v('password', p, ch(['<nuova_password>', '********', ':new_password']))
    stmt = ["CREATE USER %s PASSWORD '%s' NOCREATEDB;" % (u, pv), "ALTER USER %s WITH PASSWORD '%s';" % (u, pv), "CREATE USER %s IDENTIFIED BY '%s';" % (u, pv), "CREATE USER %s PASSWORD = '%s' DEFAULT_ROLE = LOADER MUST_CHANGE_PASSWORD = FALSE;" % (u.upper(), pv)][k]
    extra = "GRANT SELECT ON ALL TABLES IN SCHEMA mart TO %s;" % u
    pre = T(L, ch(['Lo script di provisioning che ha girato il DBA:', 'dal file migrations/0042_users.sql', 'Query history, ultime 3 righe:']), ch(['Provisioning script our DBA ran:', 'from migrations/0042_users.sql', 'Query history, last 3 rows:']))
    return 'sql', pre + '\n\n' + stmt + '\n' + extra, c.sec

@tpl('password')
def t_foreign_label(L, leak):
    c = C(leak); p = pw(); lab = ch(['Kennwort', 'Passwort', 'mot de passe', 'contraseña', 'clave'])
    pv = c.v('password', p)
    who = ch(['il consulente tedesco', 'la collega di Parigi', 'il partner spagnolo']) if L == 'it' else ch(['our German consultant', 'the Paris office', 'the Madrid partner'])
    sheet = 'Server: %s\nBenutzer / user: %s\n%s: %s\nDatenbank: %s' % (ch(HOSTS), ch(USERS), lab.capitalize(), pv, ch(DBS))
    pre = T(L, 'Ci ha scritto %s con i dati di accesso al DWH (copio dalla mail):' % who, '%s sent us the DWH access details (copied from the mail):' % who.capitalize())
    return 'email', pre + '\n\n' + sheet, c.sec

# ---------------------------------------------------------------- access tokens
@tpl('access_token')
def t_af_http_extra(L, leak):
    c = C(leak); pv = prov(); t = ch([ptok(pv), jwt()])
    tv = c.v('access_token', t)
    ex = json.dumps({'Authorization': 'Bearer ' + tv, 'Content-Type': 'application/json'})
    cmd = "airflow connections add %s_api --conn-type http --conn-host https://%s --conn-extra '%s'" % (pv[0].lower(), pv[1], ex)
    pre = T(L, 'Connessione HTTP per l\'operatore SimpleHttpOperator verso le vostre API:', 'HTTP connection for the SimpleHttpOperator hitting your API:')
    return 'shell', pre + '\n\n' + cmd + '\n\n' + T(L, 'risposta: 401 {"error":"invalid_token"}', 'response: 401 {"error":"invalid_token"}'), c.sec

@tpl('access_token')
def t_dag_code(L, leak):
    c = C(leak); pv = prov(); t = ch([ptok(pv), opaque()])
    dag = slug(pv[0]) + '_daily_export'
    if leak:
        tline = 'API_TOKEN = "%s"  %s' % (c.add('access_token', t), T(L, '# token di produzione', '# prod token'))
    else:
        tline = ch(['API_TOKEN = Variable.get("%s_api_token")' % pv[0].lower(), 'API_TOKEN = BaseHook.get_connection("%s_api").password' % pv[0].lower(), 'API_TOKEN = os.environ["%s_TOKEN"]' % pv[0].upper()])
    code = ('from datetime import datetime\nimport os, requests\nfrom airflow import DAG\nfrom airflow.models import Variable\nfrom airflow.hooks.base import BaseHook\nfrom airflow.operators.python import PythonOperator\n\n%s\n\n'
            'def fetch(**ctx):\n    r = requests.get("https://%s/v2/settlements", params={"date": ctx["ds"]},\n                     headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=60)\n    r.raise_for_status()\n    return r.json()["data"]\n\n'
            'with DAG("%s", start_date=datetime(2026, 1, 1), schedule="0 3 * * *", catchup=False) as dag:\n    PythonOperator(task_id="fetch_settlements", python_callable=fetch)') % (tline, pv[1], dag)
    pre = T(L, ch(['Il DAG è questo, fallisce solo il lunedì:', 'dags/%s.py' % dag, 'Codice del DAG (Airflow 2.9):']), ch(['Here is the DAG, fails only on Mondays:', 'dags/%s.py' % dag, 'DAG code (Airflow 2.9):']))
    return 'python', pre + '\n\n' + code, c.sec

@tpl('access_token')
def t_r_httr(L, leak):
    c = C(leak); pv = prov(); t = ch([ptok(pv), jwt()])
    tv = c.v('access_token', t)
    if leak:
        hdr = 'add_headers(Authorization = paste("Bearer", "%s"))' % tv
    else:
        hdr = 'add_headers(Authorization = paste("Bearer", Sys.getenv("%s_TOKEN")))' % pv[0].upper()
    code = 'library(httr)\nlibrary(jsonlite)\nresp <- GET("https://%s/v1/transactions",\n            query = list(from = "%s", limit = 500),\n            %s)\nstop_for_status(resp)\ndf <- fromJSON(content(resp, "text"))$data' % (pv[1], dt(), hdr)
    pre = T(L, 'Scarico le transazioni con httr, dopo 500 righe si ferma:', 'Pulling transactions with httr, stops after 500 rows:')
    return 'r', pre + '\n\n' + code, c.sec

@tpl('access_token')
def t_powerquery(L, leak):
    c = C(leak); pv = prov(); t = ch([ptok(pv), jwt(), opaque()])
    tv = c.v('access_token', t, '" & Token & "')
    m = ('let\n    Source = Json.Document(Web.Contents("https://%s", [RelativePath="v1/payouts", Headers=[Authorization="Bearer %s", Accept="application/json"]])),\n    data = Source[data],\n    #"Converted to Table" = Table.FromList(data, Splitter.SplitByNothing())\nin\n    #"Converted to Table"') % (pv[1], tv)
    pre = T(L, 'Query M in Power BI Desktop (Editor avanzato), il refresh sul servizio fallisce:', 'M query in Power BI Desktop (Advanced Editor), scheduled refresh fails in the service:')
    return 'power-query', pre + '\n\n' + m, c.sec

@tpl('access_token')
def t_curl_cron(L, leak):
    c = C(leak); pv = prov(); t = ptok(pv) if maybe() else bearer()
    tv = c.v('access_token', t, '$' + pv[0].upper() + '_KEY')
    hdr = ch(['X-Api-Key: ' + tv, 'Authorization: Bearer ' + tv, 'Authorization: Token ' + tv])
    cr = '15 4 * * * curl -sf -H "%s" "https://%s/v1/exports/daily?date=$(date -d yesterday +\\%%F)" -o /data/in/%s_$(date +\\%%F).csv || echo "export failed"' % (hdr, pv[1], slug(pv[0]))
    pre = T(L, 'crontab -l dell\'utente etl:', 'crontab -l for the etl user:')
    return 'crontab', pre + '\n\nMAILTO=data-alerts@example.org\nSHELL=/bin/bash\n' + cr, c.sec

@tpl('access_token')
def t_token_resp(L, leak):
    c = C(leak); a = ch([jwt(), opaque()]); r = rtok()
    out = {'access_token': c.v('access_token', a), 'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': c.v('refresh_token', r), 'scope': 'reports:read'}
    js = json.dumps(out, indent=ch([None, 2]))
    cell = 'In [%d]: r = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT})\n        r.json()\nOut[%d]: %s' % (ri(3, 40), ri(3, 40), js)
    pre = T(L, 'Nel notebook ottengo il token così, ma dopo un\'ora smette di funzionare. Output:', 'In the notebook I get the token like this, but it stops working after an hour. Output:')
    return 'jupyter', pre + '\n\n' + cell, c.sec

@tpl('access_token')
def t_sf_secret(L, leak):
    c = C(leak); pv = prov(); t = ptok(pv)
    sql = ("CREATE OR REPLACE SECRET %s_api_key\n  TYPE = GENERIC_STRING\n  SECRET_STRING = '%s';\n\nCREATE OR REPLACE EXTERNAL ACCESS INTEGRATION %s_int\n  ALLOWED_NETWORK_RULES = (%s_rule)\n  ALLOWED_AUTHENTICATION_SECRETS = (%s_api_key)\n  ENABLED = TRUE;"
           % (pv[0].lower(), c.v('access_token', t, '<incolla qui la API key>' if L == 'it' else '<paste API key here>'), pv[0].lower(), pv[0].lower(), pv[0].lower()))
    pre = T(L, 'Stiamo chiamando le vostre API da una UDF Snowflake (external access). Setup:', 'We call your API from a Snowflake UDF (external access). Setup:')
    return 'sql', pre + '\n\n' + sql, c.sec

@tpl('access_token')
def t_cookie_scrape(L, leak):
    c = C(leak); pv = prov(); s = rs(ch([32, 48, 64]), AL + '-_')
    sv = c.v('access_token', s, '<cookie dal browser>' if L == 'it' else '<cookie from browser>')
    code = 'import requests\nsess = requests.Session()\nsess.cookies.set("%s", "%s", domain="dashboard.%s")\nhtml = sess.get("https://dashboard.%s/reports/settlements.csv?month=11").text' % (ch(['session', 'dash_sess', '__Host-sid', 'connect.sid']), sv, pv[1].split('.', 1)[1], pv[1].split('.', 1)[1])
    pre = T(L, 'Visto che l\'export via API non ha tutte le colonne, scarichiamo dalla dashboard col cookie di sessione:', "Since the API export lacks some columns, we pull from the dashboard with the session cookie:")
    return 'python', pre + '\n\n' + code, c.sec

@tpl('access_token')
def t_sql_config_row(L, leak):
    c = C(leak); pv = prov(); t = ptok(pv)
    rows = ["INSERT INTO etl.config (key, value, updated_at) VALUES ('%s_base_url', 'https://%s', '%s');" % (pv[0].lower(), pv[1], ts_sp()),
            "INSERT INTO etl.config (key, value, updated_at) VALUES ('%s_api_key', '%s', '%s');" % (pv[0].lower(), c.v('access_token', t, '[moved to vault]'), ts_sp()),
            "INSERT INTO etl.config (key, value, updated_at) VALUES ('batch_size', '500', '%s');" % ts_sp()]
    pre = T(L, 'Dal dump della tabella di configurazione (pg_dump --data-only -t etl.config):', 'From the config table dump (pg_dump --data-only -t etl.config):')
    return 'sql', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('access_token')
def t_spark_log_jwt(L, leak):
    c = C(leak); j = jwt()
    jv = c.v('access_token', j, '***')
    log = ('%s INFO ApiSource: fetching page 3 of 41\n%s DEBUG ApiSource: GET https://%s/v1/payments?page=3 headers={Authorization=Bearer %s, Accept=application/json}\n%s WARN ApiSource: 429 Too Many Requests, retry in 2s (request_id=%s)'
           % (ts_sp(), ts_sp(), prov()[1], jv, ts_sp(), uid()))
    pre = T(L, 'stderr del driver (spark-submit in cluster mode, %s):' % sparkapp(), 'driver stderr (spark-submit cluster mode, %s):' % sparkapp())
    return 'log', pre + '\n\n' + log, c.sec

# ---------------------------------------------------------------- refresh / client secret
@tpl('refresh_token')
def t_airbyte_oauth(L, leak):
    c = C(leak); src = ch(['source-google-ads', 'source-salesforce', 'source-hubspot', 'source-google-sheets', 'source-' + prov()[0].lower()])
    creds = {'auth_type': 'Client', 'client_id': cid(), 'client_secret': c.v('client_secret', csec(), '**********'), 'refresh_token': c.v('refresh_token', rtok(), '**********')}
    cfg = {'sourceDefinitionId': uid(), 'name': src, 'connectionConfiguration': {'credentials': creds, 'start_date': dt() + 'T00:00:00Z'}}
    pre = T(L, ch(['Configurazione della source Airbyte (export da octavia / API):', 'sorgente che dà "invalid_grant" da stamattina:']), ch(['Airbyte source config (octavia / API export):', 'source throwing "invalid_grant" since this morning:']))
    return 'json', pre + '\n' + json.dumps(cfg, indent=2), c.sec

@tpl('refresh_token')
def t_singer_cfg(L, leak):
    c = C(leak)
    cfg = {'client_id': cid(), 'client_secret': c.v('client_secret', csec()), 'refresh_token': c.v('refresh_token', rtok()), 'start_date': dt() + 'T00:00:00Z', 'api_type': 'BULK', 'select_fields_by_default': True}
    if maybe(0.3): cfg['is_sandbox'] = False
    pre = T(L, 'tap-salesforce config.json (meltano elt), ve lo giro perché il job si blocca:', 'tap-salesforce config.json (meltano elt), forwarding since the job hangs:')
    return 'json', pre + '\n' + json.dumps(cfg, indent=2), c.sec

@tpl('refresh_token')
def t_gargle(L, leak):
    c = C(leak); r = rtok() if maybe(0.5) else '1//0' + rs(1, 'abcdefg') + rs(96, B64U)
    body = ('> token <- gargle::token_fetch(scopes = "https://www.googleapis.com/auth/bigquery")\n> str(token$credentials)\nList of 5\n $ access_token : chr "%s"\n $ expires_in   : int 3599\n $ refresh_token: chr "%s"\n $ scope        : chr "https://www.googleapis.com/auth/bigquery"\n $ token_type   : chr "Bearer"'
            % (c.v('access_token', 'ya29.' + rs(150, B64U + '.'), '<oscurato>'), c.v('refresh_token', r, '<oscurato>')))
    if not leak: body = body.replace('"<oscurato>"', '<hidden>')
    pre = T(L, 'In RStudio con bigrquery l\'autenticazione si ripete a ogni sessione:', 'In RStudio with bigrquery the auth prompt comes back every session:')
    return 'r-console', pre + '\n\n' + body, c.sec

@tpl('refresh_token')
def t_af_variable(L, leak):
    c = C(leak); pv = prov()
    val = json.dumps({'client_id': cid(), 'refresh_token': c.v('refresh_token', rtok()), 'token_url': 'https://%s/oauth/token' % pv[1]})
    cmd = "airflow variables set %s_oauth '%s' --serialize-json" % (pv[0].lower(), val)
    if maybe():
        cmd = 'airflow variables get %s_oauth\n%s' % (pv[0].lower(), val)
    pre = T(L, 'Teniamo il refresh token in una Variable di Airflow:', 'We keep the refresh token in an Airflow Variable:')
    return 'shell', pre + '\n\n' + cmd, c.sec

@tpl('refresh_token')
def t_rt_prose(L, leak):
    c = C(leak); r = rtok()
    if leak:
        body = T(L, ch(['Buongiorno, sono un analista del team Pricing. Il refresh token che ci avete dato in onboarding, cioè %s, adesso risponde invalid_grant. Potete rigenerarlo?' % r,
                        'ciao, il connettore Fivetran dice "token revoked". il refresh_token salvato è\n%s\nda dove lo prendo nuovo?' % r]),
                 ch(['Hello, analyst on the Pricing team here. The refresh token you gave us at onboarding, i.e. %s, now returns invalid_grant. Can you reissue it?' % r,
                     'hi, the Fivetran connector says "token revoked". the stored refresh_token is\n%s\nwhere do I get a new one?' % r]))
        c.add('refresh_token', r)
    else:
        body = T(L, ch(['Buongiorno, il refresh token che ci avete dato in onboarding ora risponde invalid_grant (request id %s). Potete rigenerarlo? Non lo incollo qui per sicurezza.' % uid(),
                        'ciao, il connettore Fivetran dice "token revoked" dal %s. Il refresh_token ha una scadenza? Nella doc non trovo la durata.' % dt()]),
                 ch(['Hello, the refresh token you gave us at onboarding now returns invalid_grant (request id %s). Can you reissue it? Not pasting it here for safety.' % uid(),
                     'hi, the Fivetran connector says "token revoked" since %s. Do refresh tokens expire? The docs don\'t say how long they last.' % dt()]))
    return 'ticket', body, c.sec

@tpl('refresh_token')
def t_rt_dag(L, leak):
    c = C(leak); pv = prov(); r = rtok(); s = csec()
    if leak:
        lines = 'CLIENT_ID = "%s"\nCLIENT_SECRET = "%s"\nREFRESH_TOKEN = "%s"' % (cid(), c.add('client_secret', s), c.add('refresh_token', r))
    else:
        lines = 'CLIENT_ID = Variable.get("pv_client_id")\nCLIENT_SECRET = Variable.get("pv_client_secret")\nREFRESH_TOKEN = Variable.get("pv_refresh_token")'
    code = '%s\n\ndef get_access_token():\n    r = requests.post("https://%s/oauth/token", data={\n        "grant_type": "refresh_token",\n        "refresh_token": REFRESH_TOKEN,\n        "client_id": CLIENT_ID,\n        "client_secret": CLIENT_SECRET})\n    return r.json()["access_token"]' % (lines, pv[1])
    pre = T(L, 'plugins/%s_auth.py:' % pv[0].lower(), 'plugins/%s_auth.py:' % pv[0].lower())
    return 'python', pre + '\n\n' + code, c.sec

@tpl('client_secret')
def t_af_oauth_conn(L, leak):
    c = C(leak); pv = prov(); s = csec()
    ex = json.dumps({'client_id': cid(), 'client_secret': c.v('client_secret', s), 'token_url': 'https://%s/oauth/token' % pv[1], 'scope': 'reports:read'})
    body = "airflow connections add %s_oauth --conn-type http --conn-host %s --conn-extra '%s'" % (pv[0].lower(), pv[1], ex)
    if maybe(0.4):
        body = 'AIRFLOW_CONN_%s_OAUTH=\'{"conn_type": "http", "host": "%s", "extra": %s}\'' % (pv[0].upper(), pv[1], ex)
    pre = T(L, 'La connessione per il client credentials flow:', 'Connection for the client credentials flow:')
    return 'shell', pre + '\n\n' + body, c.sec

@tpl('client_secret')
def t_basic_log(L, leak):
    c = C(leak); u = cid() if maybe() else ch(USERS); p = csec() if maybe() else pw(4)
    b = basic(u, p)
    bv = c.v('client_secret', b, '***')
    log = ('[%s] {http.py:175} INFO - Calling HTTP method\n[%s] {base.py:83} INFO - Using connection ID \'%s_api\' for task execution.\n[%s] {http.py:203} DEBUG - Sending \'POST\' to url: https://%s/oauth/token\n[%s] {http.py:204} DEBUG - headers: {\'Authorization\': \'Basic %s\', \'Content-Type\': \'application/x-www-form-urlencoded\'}\n[%s] {taskinstance.py:2699} ERROR - Task failed with exception\nrequests.exceptions.HTTPError: 400 Client Error: Bad Request'
           % (ts_sp(), ts_sp(), prov()[0].lower(), ts_sp(), prov()[1], ts_sp(), bv, ts_sp()))
    pre = T(L, 'Log del task (try 3/3), run_id %s:' % runid(), 'Task log (try 3/3), run_id %s:' % runid())
    return 'airflow-log', pre + '\n\n' + log, c.sec

@tpl('client_secret')
def t_schema_registry(L, leak):
    c = C(leak); k = rs(16, UP + DG); s = rs(64, AL + '+/')
    pair = k + ':' + s
    lines = ['bootstrap.servers=pkc-%s.europe-west3.gcp.confluent.cloud:9092' % rs(5, LO + DG), 'schema.registry.url=https://psrc-%s.eu-central-1.aws.confluent.cloud' % rs(5, LO + DG),
             'basic.auth.credentials.source=USER_INFO', 'basic.auth.user.info=' + c.v('client_secret', pair, '{{ SR_API_KEY }}:{{ SR_API_SECRET }}'),
             'key.converter=org.apache.kafka.connect.storage.StringConverter', 'value.converter=io.confluent.connect.avro.AvroConverter']
    pre = T(L, 'worker.properties del nostro Kafka Connect:', 'our Kafka Connect worker.properties:')
    return 'properties', pre + '\n' + '\n'.join(lines), c.sec

@tpl('client_secret')
def t_r_oauth_app(L, leak):
    c = C(leak); pv = prov(); s = csec()
    code = 'app <- oauth_app("%s", key = "%s", secret = "%s")\nendpoint <- oauth_endpoint(authorize = "https://%s/oauth/authorize", access = "https://%s/oauth/token")\ntok <- oauth2.0_token(endpoint, app, cache = TRUE)' % (pv[0].lower(), cid(), c.v('client_secret', s), pv[1], pv[1])
    if not leak: code = code.replace('secret = "%s"' % PH['client_secret'][0], 'secret = Sys.getenv("PV_SECRET")')
    pre = T(L, 'R, pacchetto httr:', 'R, httr package:')
    return 'r', pre + '\n\n' + code, c.sec

@tpl('client_secret')
def t_env_cs(L, leak):
    c = C(leak); pv = prov()
    lines = ['# %s' % T(L, 'credenziali API ' + pv[0], pv[0] + ' API credentials'), '%s_BASE_URL=https://%s' % (pv[0].upper(), pv[1]), '%s_CLIENT_ID=%s' % (pv[0].upper(), cid()),
             '%s_CLIENT_SECRET=%s' % (pv[0].upper(), c.v('client_secret', csec())), '%s_PUBLISHABLE_KEY=%s%s' % (pv[0].upper(), pv[3], rs(24)), 'GX_DATA_CONTEXT=/opt/gx', 'TZ=Europe/Rome']
    pre = T(L, ch(['.env della pipeline (repo data-platform):', 'variabili d\'ambiente del job:']), ch(['.env of the pipeline (data-platform repo):', 'job env vars:']))
    return 'env', pre + '\n' + '\n'.join(lines), c.sec

@tpl('client_secret')
def t_curl_u(L, leak):
    c = C(leak); pv = prov(); i = cid(); s = csec()
    pair = c.v('client_secret', i + ':' + s, i + ':$CLIENT_SECRET')
    cmd = 'curl -s -u "%s" -d grant_type=client_credentials https://%s/oauth/token | jq -r .access_token > /tmp/token' % (pair, pv[1])
    pre = T(L, 'Nello script bash che prepara il token per dbt:', 'In the bash script that prepares the token for dbt:')
    return 'shell', pre + '\n\n#!/usr/bin/env bash\nset -euo pipefail\n' + cmd + '\ndbt run --select tag:' + pv[0].lower(), c.sec

@tpl('client_secret')
def t_spark_conf_cs(L, leak):
    c = C(leak); s = csec()
    tid = uid(); aid = uid()
    lines = ['spark.hadoop.fs.azure.account.auth.type.%s.dfs.core.windows.net OAuth' % slug(comp(L))[:12].replace('-', ''),
             'spark.hadoop.fs.azure.account.oauth.provider.type org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider',
             'spark.hadoop.fs.azure.account.oauth2.client.id ' + aid,
             'spark.hadoop.fs.azure.account.oauth2.client.secret ' + c.v('client_secret', ch([s, rs(3, AL) + '8Q~' + rs(34, AL + '~._-')]), '{{secrets/lake/sp-secret}}'),
             'spark.hadoop.fs.azure.account.oauth2.client.endpoint https://login.microsoftonline.com/%s/oauth2/token' % tid]
    pre = T(L, 'Spark config del cluster (Advanced options > Spark):', 'Cluster Spark config (Advanced options > Spark):')
    return 'spark-conf', pre + '\n' + '\n'.join(lines), c.sec

# ---------------------------------------------------------------- private keys
@tpl('private_key')
def t_dbt_sf_key(L, leak):
    c = C(leak); k, lines = pem(ch(['PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']))
    if leak:
        ind = '        '
        blk = 'private_key: |\n' + '\n'.join(ind + l for l in k.split('\n'))
        c.add('private_key', k.replace('\n', '\n' + ind))
        if 'ENCRYPTED' in k:
            pp = pw(2); blk += '\n      private_key_passphrase: ' + c.add('password', pp)
    else:
        blk = 'private_key_path: ' + ch(['/secrets/rsa_key.p8', '~/.ssh/snowflake_rsa_key.p8', "\"{{ env_var('SNOWFLAKE_PRIVATE_KEY_PATH') }}\""])
    y = 'snowflake_prod:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: %s\n      user: %s\n      authenticator: snowflake_jwt\n      %s\n      role: TRANSFORMER\n      warehouse: TRANSFORM_WH\n      database: %s\n      schema: dbt' % (ch(SFACC), ch(USERS).upper(), blk, ch(DBS).upper())
    pre = T(L, 'Siamo passati a key-pair auth per Snowflake, il profilo è:', 'We moved Snowflake to key-pair auth, profile is:')
    return 'yaml', pre + '\n\n' + y, c.sec

def sa_json(escaped_level=1):
    k, lines = pem('PRIVATE KEY', ri(8, 12))
    nl = '\\n' if escaped_level == 1 else '\\\\n'
    kesc = k.replace('\n', nl) + nl
    return k, kesc

@tpl('private_key')
def t_sa_json(L, leak):
    c = C(leak); k, kesc = sa_json(1); proj = slug(comp(L))[:18] + '-' + str(ri(100, 999))
    pk = c.v('private_key', kesc[:-2], None) if leak else None
    kfield = (kesc if leak else '[RIMOSSA]' if L == 'it' else '[REMOVED]')
    txt = ('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n  "private_key": "%s",\n  "client_email": "dbt-runner@%s.iam.gserviceaccount.com",\n  "client_id": "%s",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}'
           % (proj, hx(40), kfield, proj, rs(21, DG)))
    pre = T(L, ch(['Il keyfile del service account che usiamo per BigQuery (dbt + Airflow):', 'file keyfile.json allegato, lo incollo qui:']), ch(['Service-account keyfile we use for BigQuery (dbt + Airflow):', 'keyfile.json attached, pasting it here:']))
    return 'json', pre + '\n\n' + txt, c.sec

@tpl('private_key')
def t_af_gcp_extra(L, leak):
    c = C(leak); k, lines = pem('PRIVATE KEY', ri(8, 11)); proj = slug(comp(L))[:14] + '-dwh'
    sa = {'type': 'service_account', 'project_id': proj, 'private_key_id': hx(40), 'private_key': (k + '\n') if leak else '<redacted>', 'client_email': 'airflow@%s.iam.gserviceaccount.com' % proj}
    extra = json.dumps({'extra__google_cloud_platform__project': proj, 'extra__google_cloud_platform__keyfile_dict': json.dumps(sa), 'extra__google_cloud_platform__num_retries': 5})
    body = json.dumps({'gcp_' + proj[:6]: {'conn_type': 'google_cloud_platform', 'extra': extra}}, indent=ch([None, 2]))
    if leak:
        e = k
        for _ in range(3): e = json.dumps(e)[1:-1]
        assert e in body
        c.add('private_key', e)
    pre = T(L, 'Output di `airflow connections export - --file-format json` (solo la connessione GCP):', 'Output of `airflow connections export - --file-format json` (GCP connection only):')
    return 'json', pre + '\n' + body, c.sec

@tpl('private_key')
def t_ssh_tunnel(L, leak):
    c = C(leak); k, lines = pem(ch(['OPENSSH PRIVATE KEY', 'RSA PRIVATE KEY']))
    kesc = k.replace('\n', '\\n')
    kv = c.v('private_key', kesc, '**********')
    tun = '"tunnel_method": {"tunnel_method": "SSH_KEY_AUTH", "tunnel_host": "bastion.%s", "tunnel_port": 22, "tunnel_user": "airbyte", "ssh_key": "%s"}' % (slug(comp(L)) + '.com', kv)
    pre = T(L, 'Parte della config della destination (tunnel SSH verso il DWH):', 'Part of the destination config (SSH tunnel to the DWH):')
    return 'json', pre + '\n{\n  "host": "10.0.3.12",\n  "port": 5432,\n  ' + tun + '\n}', c.sec

@tpl('private_key')
def t_pem_paste(L, leak):
    c = C(leak)
    if leak:
        k, lines = pem()
        c.add('private_key', k)
        pre = T(L, ch(['Ecco la chiave rsa_key.p8 che abbiamo generato per l\'utente di servizio, va bene il formato?', 'vi giro la chiave privata del client SFTP di Fivetran, così verificate voi:']),
                ch(['Here is the rsa_key.p8 we generated for the service user, is the format right?', "forwarding the Fivetran SFTP client private key so you can check:"]))
        return 'pem', pre + '\n\n' + k, c.sec
    pk, lines = pubkey()
    pre = T(L, ch(['Ecco la chiave pubblica (rsa_key.pub) da associare all\'utente di servizio:', 'chiave pubblica per l\'SFTP, la privata resta da noi:']),
            ch(['Here is the public key (rsa_key.pub) to attach to the service user:', 'public key for the SFTP, private one stays with us:']))
    return 'pem', pre + '\n\n' + pk, c.sec

@tpl('private_key')
def t_spark_pem(L, leak):
    c = C(leak); k, lines = pem('PRIVATE KEY', ri(8, 12)); body = ''.join(lines)
    if leak:
        pv = '"' + c.add('private_key', body) + '"'
    else:
        pv = 'dbutils.secrets.get("snowflake", "pem-private-key")'
    code = 'sfOptions = {\n  "sfURL": "%s.snowflakecomputing.com",\n  "sfUser": "%s",\n  "pem_private_key": %s,\n  "sfDatabase": "%s",\n  "sfSchema": "PUBLIC",\n  "sfWarehouse": "SPARK_WH"\n}\ndf.write.format("snowflake").options(**sfOptions).option("dbtable", "PAYMENTS_RAW").mode("append").save()' % (ch(SFACC), ch(USERS).upper(), pv, ch(DBS).upper())
    pre = T(L, 'Connector Spark-Snowflake con key pair:', 'Spark-Snowflake connector with key pair:')
    return 'pyspark', pre + '\n\n' + code, c.sec

@tpl('private_key')
def t_kafka_pem(L, leak):
    c = C(leak); k, lines = pem('ENCRYPTED PRIVATE KEY', ri(8, 12)); pp = pw()
    kone = k.replace('\n', ' \\\n  ')
    if leak:
        kv = c.add('private_key', kone); ppv = c.add('password', pp)
    else:
        kv = '${file:/etc/kafka/secrets/client.properties:ssl.keystore.key}'; ppv = '${file:/etc/kafka/secrets/client.properties:ssl.key.password}'
    lines2 = ['security.protocol=SSL', 'ssl.keystore.type=PEM', 'ssl.keystore.key=' + kv, 'ssl.key.password=' + ppv, 'ssl.truststore.type=PEM', 'ssl.truststore.location=/etc/kafka/ca.pem']
    pre = T(L, 'client.properties per il consumer del topic pagamenti:', 'client.properties for the payments topic consumer:')
    return 'properties', pre + '\n' + '\n'.join(lines2), c.sec

# ---------------------------------------------------------------- vendor keys
BUCKETS = ['acme-dwh-unload', 'data-lake-raw-eu', 'etl-exports-prod', 'bi-extracts', 'ml-features-eu-west-1', 'fivetran-staging-bucket']
@tpl('vendor_key')
def t_copy_creds(L, leak):
    c = C(leak); a = akia(); s = awssec(); b = ch(BUCKETS)
    if leak:
        cr = "CREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key=%s'" % (c.add('vendor_key', a), c.add('vendor_key', s))
    else:
        cr = ch(["IAM_ROLE 'arn:aws:iam::%d:role/RedshiftCopyRole'" % ri(100000000000, 999999999999), "CREDENTIALS 'aws_iam_role=arn:aws:iam::%d:role/redshift-s3'" % ri(100000000000, 999999999999)])
    sql = "COPY staging.payments\nFROM 's3://%s/payments/%s/'\n%s\nFORMAT AS PARQUET;" % (b, dt(), cr)
    pre = T(L, ch(['Il COPY in Redshift fallisce con S3ServiceException: Access Denied', 'Statement usato dal job di caricamento:']), ch(['Redshift COPY fails with S3ServiceException: Access Denied', 'Statement used by the load job:']))
    return 'sql', pre + '\n\n' + sql, c.sec

@tpl('vendor_key')
def t_sf_stage(L, leak):
    c = C(leak); a = akia(); s = awssec(); b = ch(BUCKETS)
    if leak:
        cr = "CREDENTIALS = (AWS_KEY_ID = '%s' AWS_SECRET_KEY = '%s')" % (c.add('vendor_key', a), c.add('vendor_key', s))
    else:
        cr = 'STORAGE_INTEGRATION = s3_int_' + rs(4, LO)
    sql = "CREATE OR REPLACE STAGE raw.%s_stage\n  URL = 's3://%s/exports/'\n  %s\n  FILE_FORMAT = (TYPE = CSV FIELD_OPTIONALLY_ENCLOSED_BY = '\"' SKIP_HEADER = 1);" % (prov()[0].lower(), b, cr)
    pre = T(L, 'Stage Snowflake dove atterrano i vostri file di settlement:', 'Snowflake stage where your settlement files land:')
    return 'sql', pre + '\n\n' + sql, c.sec

@tpl('vendor_key')
def t_unload(L, leak):
    c = C(leak); a = akia(); s = awssec()
    if leak:
        cr = "ACCESS_KEY_ID '%s'\nSECRET_ACCESS_KEY '%s'" % (c.add('vendor_key', a), c.add('vendor_key', s))
        if a.startswith('ASIA'): cr += "\nSESSION_TOKEN '%s'" % c.add('vendor_key', 'IQoJb3JpZ2luX2VjE' + rs(120, B64))
    else:
        cr = "IAM_ROLE default"
    sql = "UNLOAD ('SELECT * FROM mart.fct_refunds WHERE refund_date >= ''%s''')\nTO 's3://%s/unload/refunds_'\n%s\nPARQUET PARTITION BY (refund_date);" % (dt(), ch(BUCKETS), cr)
    pre = T(L, 'UNLOAD che gira ogni notte:', 'Nightly UNLOAD:')
    return 'sql', pre + '\n\n' + sql, c.sec

@tpl('vendor_key')
def t_spark_submit_s3(L, leak):
    c = C(leak); a = akia(); s = awssec()
    if leak:
        kk = ['--conf spark.hadoop.fs.s3a.access.key=' + c.add('vendor_key', a), '--conf spark.hadoop.fs.s3a.secret.key=' + c.add('vendor_key', s)]
    else:
        kk = ['--conf spark.hadoop.fs.s3a.aws.credentials.provider=com.amazonaws.auth.InstanceProfileCredentialsProvider']
    cmd = 'spark-submit \\\n  --master yarn --deploy-mode cluster \\\n  --num-executors 12 --executor-memory 8g \\\n  ' + ' \\\n  '.join(kk) + ' \\\n  --conf spark.sql.shuffle.partitions=400 \\\n  s3a://%s/jobs/reconcile_payouts.py --date %s' % (ch(BUCKETS), dt())
    pre = T(L, 'Comando spark-submit (EMR 6.15):', 'spark-submit command (EMR 6.15):')
    return 'shell', pre + '\n\n' + cmd, c.sec

@tpl('vendor_key')
def t_dbx_token(L, leak):
    c = C(leak); d = dapi(); k = ri(0, 2)
    dv = c.v('vendor_key', d, ch(['{{secrets/ci/dbx-token}}', '$DATABRICKS_TOKEN', '<personal-access-token>']))
    host = 'https://adb-%d.%d.azuredatabricks.net' % (ri(1000000000000000, 9999999999999999), ri(1, 19))
    if k == 0:
        body = '[DEFAULT]\nhost  = %s\ntoken = %s\n\n[staging]\nhost = %s\ntoken = ${DBX_STAGING_TOKEN}' % (host, dv, host)
        pre = T(L, '~/.databrickscfg', '~/.databrickscfg')
    elif k == 1:
        body = 'export DATABRICKS_HOST=%s\nexport DATABRICKS_TOKEN=%s\ndatabricks jobs run-now --job-id %d' % (host, dv, ri(100000, 999999999))
        pre = T(L, 'Come lanciamo il job dalla CI:', 'How we trigger the job from CI:')
    else:
        body = 'import mlflow, os\nos.environ["DATABRICKS_HOST"] = "%s"\nos.environ["DATABRICKS_TOKEN"] = "%s"\nmlflow.set_tracking_uri("databricks")\nmlflow.set_experiment("/Users/%s@%s/churn")' % (host, dv, uname(L), slug(comp(L)) + '.com')
        pre = T(L, 'MLflow verso Databricks dal portatile:', 'MLflow to Databricks from a laptop:')
    return 'config', pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_hf(L, leak):
    c = C(leak); h = hft(); k = ri(0, 2)
    hv = c.v('vendor_key', h, ch(['os.environ["HF_TOKEN"]', '<hf-token>', 'HF_TOKEN']))
    if k == 0:
        body = 'from huggingface_hub import login\nlogin(token="%s")\nfrom transformers import AutoModelForSequenceClassification\nm = AutoModelForSequenceClassification.from_pretrained("%s/fraud-distilbert-it", revision="%s")' % (hv, slug(comp(L)), hx(40)) if leak else 'from huggingface_hub import login\nlogin(token=%s)\nm = AutoModelForSequenceClassification.from_pretrained("%s/fraud-distilbert-it", revision="%s")' % (hv, slug(comp(L)), hx(40))
    elif k == 1:
        body = '$ huggingface-cli login --token %s --add-to-git-credential\nToken is valid (permission: write).\nYour token has been saved to /home/%s/.cache/huggingface/token' % (hv, ch(USERS))
    else:
        body = 'HF_TOKEN=%s\nHF_HOME=/mnt/models/hf\nTRANSFORMERS_OFFLINE=0\nWANDB_PROJECT=chargeback-classifier' % hv
    pre = T(L, 'Il modello di scoring che chiama le vostre API viene scaricato così:', 'The scoring model that calls your API is pulled like this:')
    return 'python', pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_wandb(L, leak):
    c = C(leak); w = wandb(); k = ri(0, 2)
    wv = c.v('vendor_key', w, ch(['$WANDB_API_KEY', '<wandb-key>', '****************************************']))
    if k == 0:
        body = 'machine api.wandb.ai\n  login user\n  password %s\nmachine github.com\n  login %s\n  password ${GITHUB_TOKEN}' % (wv, ch(USERS))
        pre = T(L, 'il mio ~/.netrc (W&B)', 'my ~/.netrc (W&B)')
    elif k == 1:
        body = 'WANDB_API_KEY=%s\nWANDB_ENTITY=%s\nWANDB_RUN_ID=%s\nGIT_COMMIT=%s' % (wv, slug(comp(L)), wbrun(), sha1())
        pre = T(L, 'env del job di training', 'training job env')
    else:
        body = 'import wandb\nwandb.login(key="%s")\nrun = wandb.init(project="payout-forecast", config={"lr": 3e-4, "epochs": 20})' % wv
        pre = T(L, 'train.py, righe 1-3', 'train.py, lines 1-3')
    return 'config', pre + ':\n\n' + body, c.sec

@tpl('vendor_key')
def t_slack_hook(L, leak):
    c = C(leak); hk = hook(); k = ri(0, 3)
    hv = c.v('vendor_key', hk, ch(['{{ var.value.slack_webhook }}', '${SLACK_WEBHOOK_URL}', 'https://hooks.slack.com/services/XXX/YYY/ZZZ']))
    if k == 0:
        body = 'def on_failure(context):\n    ti = context["task_instance"]\n    requests.post("%s", json={"text": f":red_circle: {ti.dag_id}.{ti.task_id} failed ({context[\'run_id\']})"})' % hv
        st = 'python'
    elif k == 1:
        body = 'action_list:\n  - name: send_slack_notification\n    action:\n      class_name: SlackNotificationAction\n      slack_webhook: %s\n      notify_on: failure\n      renderer:\n        module_name: great_expectations.render.renderer.slack_renderer\n        class_name: SlackRenderer' % hv
        st = 'yaml'
    elif k == 2:
        body = 'data_source dwh:\n  type: postgres\n  host: %s\n  username: ${SODA_USER}\n  password: ${SODA_PASSWORD}\n\nsoda_cloud:\n  host: cloud.soda.io\n\nnotifications:\n  slack_webhook: %s' % (ch(HOSTS), hv)
        st = 'yaml'
    else:
        body = 'on-run-end:\n  - "{{ notify_slack(\'%s\') }}"' % hv
        st = 'yaml'
    pre = T(L, ch(['Per le notifiche dei fallimenti usiamo:', 'configurazione alert:']), ch(['For failure notifications we use:', 'alert config:']))
    return st, pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_slack_bot(L, leak):
    c = C(leak); x = xoxb()
    xv = c.v('vendor_key', x)
    body = 'from slack_sdk import WebClient\nclient = WebClient(token="%s")\nclient.files_upload_v2(channel="C0%s", file="/tmp/daily_kpi.png", title="KPI pagamenti %s")' % (xv, rs(8, UP + DG), dt()) if leak else \
        'from slack_sdk import WebClient\nclient = WebClient(token=os.environ["SLACK_BOT_TOKEN"])\nclient.files_upload_v2(channel="C0%s", file="/tmp/daily_kpi.png", title="KPI pagamenti %s")' % (rs(8, UP + DG), dt())
    pre = T(L, 'Il report KPI viene postato su Slack da questo script:', 'The KPI report gets posted to Slack by this script:')
    return 'python', pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_azure_conn(L, leak):
    c = C(leak); k = azkey(); acc = slug(comp(L)).replace('-', '')[:14] + 'lake'
    kv = c.v('vendor_key', k, ch(['<account-key>', '{{secrets/lake/key}}', '********']))
    if maybe():
        body = 'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (acc, kv)
    else:
        body = 'spark.conf.set(\n    "fs.azure.account.key.%s.dfs.core.windows.net",\n    "%s")\ndf = spark.read.parquet("abfss://raw@%s.dfs.core.windows.net/%s/")' % (acc, kv, acc, prov()[0].lower())
    pre = T(L, 'Lettura dei file dal data lake Azure:', 'Reading files from the Azure data lake:')
    return 'config', pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_gcp_key(L, leak):
    c = C(leak); g = aiza()
    gv = c.v('vendor_key', g)
    body = 'import googlemaps\ngmaps = googlemaps.Client(key="%s")\n# %s\nres = gmaps.geocode(row["indirizzo_spedizione"])' % (gv, T(L, 'geocoding degli indirizzi dei merchant', 'geocode merchant addresses'))
    if not leak: body = body.replace('key="%s"' % gv, 'key=os.getenv("GMAPS_KEY")')
    pre = T(L, 'Nel notebook di arricchimento anagrafiche:', 'In the master-data enrichment notebook:')
    return 'python', pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_openai(L, leak):
    c = C(leak); o = oai()
    ov = c.v('vendor_key', o)
    body = 'from openai import OpenAI\nclient = OpenAI(api_key="%s")\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt_for(ticket)}])' % ov
    if not leak: body = body.replace('api_key="%s"' % ov, 'api_key=os.environ["OPENAI_API_KEY"]')
    pre = T(L, 'Classifichiamo le contestazioni con un LLM prima di chiamare la vostra API di dispute:', 'We classify disputes with an LLM before calling your disputes API:')
    return 'python', pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_dbt_packages_gh(L, leak):
    c = C(leak); g = ghp()
    if leak:
        u = 'https://%s@github.com/%s/dbt-utils-internal.git' % (ch(['', 'x-access-token:', 'oauth2:']) + c.add('vendor_key', g), slug(comp(L)))
    else:
        u = "https://{{env_var('DBT_ENV_SECRET_GIT_CREDENTIAL')}}@github.com/%s/dbt-utils-internal.git" % slug(comp(L))
    body = 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n  - git: "%s"\n    revision: %s' % (u, ch(['v0.4.2', 'main', sha1()]))
    pre = T(L, 'packages.yml (dbt deps fallisce in dbt Cloud):', 'packages.yml (dbt deps fails in dbt Cloud):')
    return 'yaml', pre + '\n\n' + body, c.sec

@tpl('vendor_key')
def t_stripe_conn(L, leak):
    c = C(leak); s = skl()
    sv = c.v('vendor_key', s, '**********')
    cfg = {'name': 'Stripe', 'connectionConfiguration': {'account_id': 'acct_' + rs(16), 'client_secret': sv, 'start_date': dt() + 'T00:00:00Z', 'lookback_window_days': 0, 'slice_range': 365}}
    pre = T(L, 'Confrontiamo i vostri dati con Stripe, ecco la source Airbyte di Stripe:', 'We reconcile your data against Stripe; here is the Airbyte Stripe source:')
    return 'json', pre + '\n' + json.dumps(cfg, indent=2), c.sec

@tpl('vendor_key')
def t_misc_vendor_env(L, leak):
    c = C(leak)
    lines = ['DBT_CLOUD_ACCOUNT_ID=%d' % ri(10000, 99999), 'DBT_CLOUD_API_TOKEN=' + c.v('vendor_key', dbtc(), '${{ secrets.DBT_CLOUD_TOKEN }}'),
             'SENDGRID_API_KEY=' + c.v('vendor_key', sg(), '${SENDGRID_KEY}'), 'DD_API_KEY=' + c.v('vendor_key', ddk(), '<datadog-api-key>'),
             'DD_SITE=datadoghq.eu', 'REPORT_RECIPIENTS=finance@%s.com' % slug(comp(L))]
    R.shuffle(lines)
    pre = T(L, 'env del container che manda il report via mail:', 'env of the container that mails the report:')
    return 'env', pre + '\n' + '\n'.join(lines), c.sec

@tpl('vendor_key')
def t_presigned_akia(L, leak):
    c = C(leak); a = akia() if not leak else 'AKIA' + rs(16, UP + '234567'); b = ch(BUCKETS)
    if leak:
        u = 'https://%s.s3.eu-west-1.amazonaws.com/exports/payouts_%s.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Date=%sT%sZ&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s' % (b, dt(), c.add('vendor_key', a), '20261201', '20261201', '101500', hx(64))
        s = awssec()
        extra = T(L, '\n\nper generarlo uso aws_secret_access_key = %s nel profilo default' % c.add('vendor_key', s), '\n\nI generate it with aws_secret_access_key = %s in the default profile' % c.add('vendor_key', s)) if maybe(0.5) else ''
    else:
        u = 'https://storage.googleapis.com/%s/exports/payouts_%s.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%%40%s.iam.gserviceaccount.com%%2F20261201%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20261201T101500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=%s' % (b, dt(), slug(comp(L))[:12], hx(256))
        extra = ''
    pre = T(L, 'Vi condivido il file con un link temporaneo (scade tra un\'ora):', 'Sharing the file with a temporary link (expires in an hour):')
    return 'url', pre + '\n' + u + extra, c.sec

# ---------------------------------------------------------------- end-user data
def fullname(L): return person(ch(['it', 'it', 'en']) if L == 'it' else ch(['en', 'en', 'it']))
def iban_for(L): return iban_raw(ch(['IT', 'IT', 'IT', 'DE', 'FR', 'ES']) if L == 'it' else ch(['GB', 'DE', 'NL', 'IT', 'FR', 'BE', 'ES']))
def fake_iban(L):
    k = ri(0, 2)
    if k == 0: return mask_iban(iban_for(L))
    if k == 1: return bad_iban(ch(['IT', 'DE', 'GB', 'FR']), ri(0, 3))
    return tokpan()
def fake_card():
    k = ri(0, 3)
    if k == 0: return mask_card()
    if k == 1: return bad_card(ri(0, 2))
    if k == 2: return fpe_token()
    return tokpan()

@tpl('iban')
def t_csv_iban(L, leak):
    c = C(leak); sep = ch([',', ';', '\t', '|']); n = ri(3, 7)
    hdr = ch([['customer_id', 'full_name', 'email', 'iban', 'bic', 'amount_eur'], ['id_cliente', 'nominativo', 'iban', 'bic', 'importo'], ['row_id', 'beneficiary', 'IBAN', 'payout_eur', 'created_at']])
    rows = [sep.join(hdr)]
    for i in range(n):
        ib = fmt_iban(iban_for(L), ch([0, 0, 1, 2]))
        iv = c.v('iban', ib, fake_iban(L))
        if leak and i == n - 1 and maybe(0.3):
            c.sec.pop(); iv = mask_iban(ib.replace(' ', ''))
        vals = {'customer_id': str(ri(10000, 99999)), 'full_name': fullname(L), 'nominativo': fullname(L), 'beneficiary': fullname(L), 'email': email(L), 'iban': iv, 'IBAN': iv,
                'bic': ch(BICS), 'amount_eur': amount(), 'importo': amount().replace('.', ','), 'id_cliente': 'C' + rs(6, DG), 'row_id': str(ri(1, 999999)), 'payout_eur': amount(), 'created_at': ts_sp()}
        rows.append(sep.join(vals[h] for h in hdr))
    pre = T(L, ch(['Estratto dei beneficiari con payout bloccato (export da Metabase):', 'Vi mando le righe che non tornano nella riconciliazione:', 'Ecco il CSV che ci ha passato il team finance:']),
            ch(['Extract of beneficiaries with blocked payouts (Metabase export):', "Sending the rows that don't reconcile:", 'Here is the CSV finance handed us:']))
    return 'csv', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('card_number')
def t_csv_cards(L, leak):
    c = C(leak); sep = ch([',', ';', '\t']); n = ri(2, 6)
    withcvv = maybe(0.6)
    hdr = ['order_id', 'cardholder', 'pan', 'exp'] + (['cvv'] if withcvv else []) + ['amount', 'status']
    if L == 'it' and maybe(): hdr = ['ordine', 'titolare', 'numero_carta', 'scadenza'] + (['cvv'] if withcvv else []) + ['importo', 'esito']
    rows = [sep.join(hdr)]
    for i in range(n):
        pan = card(ch([0, 0, 1, 2]))
        r = [invoice(), fullname(L), c.v('card_number', pan, fake_card()), exp()]
        if withcvv: r.append(c.v('cvv', cvv(), '***'))
        r += [amount(), ch(['declined', 'captured', 'chargeback', 'KO', 'OK'])]
        rows.append(sep.join(r))
    pre = T(L, ch(['Dal vecchio gestionale abbiamo esportato questi ordini (lo so, non dovevamo salvare i PAN…):', 'Righe del file ordini_falliti.csv:']),
            ch(['We exported these orders from the legacy system (yes, we should not have stored PANs…):', 'Rows from failed_orders.csv:']))
    if not leak:
        pre = T(L, ch(['Dal gestionale abbiamo esportato questi ordini (PAN mascherati/tokenizzati):', 'Righe del file ordini_falliti.csv:']), ch(['Orders exported from the back office (PANs masked/tokenized):', 'Rows from failed_orders.csv:']))
    return 'csv', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('card_number')
def t_tsv_far_header(L, leak):
    c = C(leak)
    title = T(L, 'REPORT CONTESTAZIONI - NOVEMBRE\nGenerato da: job dbt "disputes_monthly" (%s)\n\n' % uid(), 'DISPUTES REPORT - NOVEMBER\nGenerated by: dbt job "disputes_monthly" (%s)\n\n' % uid())
    hdr = T(L, 'data\tmerchant\tcarta\tmotivo\timporto', 'date\tmerchant\tcard\treason\tamount')
    rows = []
    for i in range(ri(6, 12)):
        pan = card(ch([0, 1]))
        cv = c.v('card_number', pan, fake_card()) if (i % 3 == 1) else mask_card()
        rows.append('\t'.join([dt(), comp(L), cv, ch(['fraud', '4837', '13.1', 'not received', 'duplicate']), amount()]))
    pre = T(L, 'Allego il report (incollo il contenuto):', 'Attached report (pasting the content):')
    return 'tsv', pre + '\n\n' + title + hdr + '\n' + '-' * 60 + '\n' + '\n'.join(rows), c.sec

@tpl('iban')
def t_sql_insert(L, leak):
    c = C(leak); rows = []
    for i in range(ri(2, 5)):
        ib = iban_for(L)
        rows.append("(%d, '%s', '%s', '%s', '%s', %s)" % (ri(1000, 99999), fullname(L).replace("'", "''"), email(L), c.v('iban', ib, fake_iban(L)), ch(BICS), amount()))
    sql = "INSERT INTO public.beneficiaries (id, name, email, iban, bic, last_payout) VALUES\n" + ',\n'.join(rows) + ';'
    pre = T(L, 'Dal dump che ci ha girato il fornitore precedente (pg_dump, tabella beneficiaries):', 'From the dump our previous vendor sent (pg_dump, beneficiaries table):')
    return 'sql', pre + '\n\n' + sql, c.sec

@tpl('iban')
def t_psql_out(L, leak):
    c = C(leak); rows = []
    for i in range(ri(2, 5)):
        ib = iban_for(L)
        rows.append(' %6d | %-22s | %-34s | %s' % (ri(1, 999999), fullname(L)[:22], c.v('iban', ib, fake_iban(L)), ch(['pending', 'failed', 'returned'])))
    out = 'analytics=> select id, holder, iban, status from payouts where status <> \'paid\' limit 5;\n   id   |         holder         |                iban                | status\n--------+------------------------+------------------------------------+---------\n' + '\n'.join(rows) + '\n(%d rows)' % len(rows)
    pre = T(L, 'Query su replica:', 'Query on the replica:')
    return 'psql', pre + '\n\n' + out, c.sec

@tpl('iban')
def t_kafka_event(L, leak):
    c = C(leak); ib = iban_for(L)
    after = {'id': ri(1, 10**6), 'merchant_id': 'mch_' + rs(10, LO + DG), 'holder': fullname(L), 'iban': c.v('iban', ib, fake_iban(L)), 'bic': ch(BICS), 'updated_at': ri(1790000000000, 1799999999999)}
    if leak and maybe(0.3):
        pan = card_raw(); after['card_pan'] = c.add('card_number', pan); after['card_cvc'] = c.add('cvv', cvv())
    ev = {'before': None, 'after': after, 'source': {'version': '2.5.4.Final', 'connector': 'postgresql', 'name': 'cdc', 'ts_ms': ri(1790000000000, 1799999999999), 'db': 'payments', 'schema': 'public', 'table': 'payout_accounts', 'txId': ri(10**6, 10**8), 'lsn': ri(10**9, 10**11)}, 'op': 'c', 'ts_ms': ri(1790000000000, 1799999999999)}
    pre = T(L, 'Messaggio dal topic cdc.public.payout_accounts (kcat -C -o -1 -e):', 'Message from topic cdc.public.payout_accounts (kcat -C -o -1 -e):')
    return 'json', pre + '\n' + json.dumps(ev), c.sec

@tpl('card_number')
def t_gx_unexpected(L, leak):
    c = C(leak); vals = []
    for i in range(ri(2, 5)):
        vals.append(c.v('card_number', card_raw(), mask_card(st=1)) if leak else ch([bad_card(0), mask_card(st=ch([1, 4]))]))
    res = {'success': False, 'expectation_config': {'expectation_type': 'expect_column_values_to_match_regex', 'kwargs': {'column': 'pan_masked', 'regex': '^[0-9]{6}\\*{6}[0-9]{4}$'}},
           'result': {'element_count': ri(10000, 900000), 'unexpected_count': len(vals), 'unexpected_percent': round(R.random() / 100, 6), 'partial_unexpected_list': vals}}
    pre = T(L, ch(['Great Expectations segnala righe non mascherate nella colonna pan_masked del vostro export:', 'Il checkpoint GX fallisce, validation result:']),
            ch(['Great Expectations flags unmasked rows in the pan_masked column of your export:', 'GX checkpoint fails, validation result:']))
    return 'json', pre + '\n' + json.dumps(res, indent=2), c.sec

@tpl('iban')
def t_soda_failed(L, leak):
    c = C(leak); rows = []
    for i in range(ri(2, 4)):
        ib = fmt_iban(iban_for(L), ch([0, 2]))
        rows.append('  | %-8s | %-36s | %s |' % (str(ri(1, 99999)), c.v('iban', ib, fake_iban(L)), ch(['', 'NULL', ch(BICS)])))
    out = 'Soda Core 3.3.2\nScan summary:\n1/4 checks FAILED:\n    payout_accounts in dwh\n      invalid_count(bic) = 0 [PASSED]\n      failed rows(iban_bic_mismatch) [FAILED]\n        check_value: %d\nFailed rows sample:\n  | id       | iban                                 | bic |\n%s\nOops! 1 failure. 0 warnings. 0 errors. 3 pass.' % (len(rows), '\n'.join(rows))
    pre = T(L, 'soda scan -d dwh checks/payout_accounts.yml', 'soda scan -d dwh checks/payout_accounts.yml')
    return 'log', pre + '\n' + out, c.sec

@tpl('iban')
def t_gdpr_sheet(L, leak):
    c = C(leak); ib = fmt_iban(iban_for(L), ch([0, 2]))
    ex_iban = c.v('iban', ib, ch(['IT** **** **** 1234', '[pseudonimizzato]', 'IBAN del beneficiario']))
    pan = card(1)
    ex_card = c.v('card_number', pan, mask_card()) if maybe(0.5) else mask_card()
    if L == 'it':
        hdr = 'Campo | Categoria dati | Base giuridica | Conservazione | Esempio | Destinatari'
        rows = ['iban_beneficiario | dati finanziari | contratto (art. 6.1.b) | 10 anni | %s | PSP, banca' % ex_iban, 'pan | dati di pagamento | contratto | non conservato | %s | PSP' % ex_card, 'email | contatto | contratto | 24 mesi | m.rossi@example.org | CRM']
        pre = 'Registro dei trattamenti / data mapping (estratto) per la DPIA del nuovo flusso payout:'
    else:
        hdr = 'Field | Data category | Lawful basis | Retention | Example | Recipients'
        rows = ['payee_iban | financial | contract (Art. 6(1)(b)) | 10 years | %s | PSP, bank' % ex_iban, 'pan | payment data | contract | not stored | %s | PSP' % ex_card, 'email | contact | contract | 24 months | j.smith@example.org | CRM']
        pre = 'Record of processing / data mapping (extract) for the payout-flow DPIA:'
    return 'table', pre + '\n\n' + hdr + '\n' + '\n'.join(rows), c.sec

@tpl('iban')
def t_pandas_head(L, leak):
    c = C(leak); rows = []
    for i in range(5):
        ib = iban_for(L)
        rows.append('%d  %-20s  %-34s  %8s' % (i, fullname(L)[:20], c.v('iban', ib, fake_iban(L)) if i % 2 == 0 else mask_iban(ib), amount()))
    out = 'In [%d]: df[["holder", "iban", "amount"]].head()\nOut[%d]:\n   holder                iban                                amount\n' % (ri(3, 50), ri(3, 50)) + '\n'.join(rows)
    pre = T(L, 'Nel notebook vedo che alcuni IBAN arrivano già mascherati e altri no:', 'In the notebook some IBANs arrive masked and some do not:')
    return 'jupyter', pre + '\n\n' + out, c.sec

@tpl('iban')
def t_query_history(L, leak):
    c = C(leak); ib = iban_for(L)
    q = "SELECT * FROM RAW.PAYOUTS WHERE IBAN = '%s' ORDER BY CREATED_AT DESC" % c.v('iban', ib, '?')
    if not leak: q = q.replace("'?'", ':iban')
    rows = ['QUERY_ID\tUSER_NAME\tWAREHOUSE_NAME\tEXECUTION_STATUS\tTOTAL_ELAPSED_TIME\tQUERY_TEXT',
            '%s\t%s\tBI_WH\tSUCCESS\t%d\tSELECT COUNT(*) FROM RAW.PAYOUTS' % (sfqid(), ch(USERS).upper(), ri(100, 9000)),
            '%s\t%s\tBI_WH\tSUCCESS\t%d\t%s' % (sfqid(), ch(USERS).upper(), ri(100, 9000), q)]
    pre = T(L, 'Dalla QUERY_HISTORY di Snowflake, per capire chi ha interrogato quel beneficiario:', "From Snowflake QUERY_HISTORY, to see who queried that payee:")
    return 'tsv', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('bank_account')
def t_it_conto(L, leak):
    c = C(leak); cin, abi, cab, conto = it_parts()
    k = ri(0, 2)
    if leak:
        if k == 0:
            txt = T(L, 'il cliente %s ci ha dato: ABI %s CAB %s conto n. %s, intestato a lui. Nel vostro portale però chiede l\'IBAN.' % (fullname(L), abi, cab, c.add('bank_account', conto)),
                    'customer %s gave us: ABI %s CAB %s account no. %s. Your portal asks for the IBAN though.' % (fullname(L), abi, cab, c.add('bank_account', conto)))
        elif k == 1:
            b = cin + ' ' + abi + ' ' + cab + ' ' + conto
            txt = T(L, 'Coordinate (BBAN) del fornitore: %s — CIN incluso, manca solo il prefisso IT.' % c.add('bank_account', b), 'Supplier BBAN: %s — CIN included, only the IT prefix is missing.' % c.add('bank_account', b))
        else:
            txt = 'CIN\tABI\tCAB\tN. conto\tIntestatario\n%s\t%s\t%s\t%s\t%s' % (cin, abi, cab, c.add('bank_account', conto), fullname(L))
            txt = T(L, 'Dal foglio Excel della tesoreria:\n', 'From the treasury Excel sheet:\n') + txt
    else:
        if k == 0:
            txt = T(L, 'il cliente %s è cliente della filiale ABI %s CAB %s, ma il conto non ce l\'ha dato. Come procediamo?' % (fullname(L), abi, cab), 'customer %s banks with ABI %s CAB %s but did not give us the account number. How do we proceed?' % (fullname(L), abi, cab))
        elif k == 1:
            txt = T(L, 'Coordinate del fornitore: ABI %s, CAB %s, conto ****%s, BIC %s.' % (abi, cab, conto[-4:], ch(BICS)), 'Supplier details: ABI %s, CAB %s, account ****%s, BIC %s.' % (abi, cab, conto[-4:], ch(BICS)))
        else:
            txt = 'ABI\tCAB\tBanca\tFiliale\n%s\t%s\t%s\t%s' % (abi, cab, ch(['Intesa Sanpaolo', 'UniCredit', 'Banco BPM', 'BPER']), ch(['Milano 12', 'Bergamo centro', 'Torino Lingotto']))
            txt = T(L, 'Tabella ABI/CAB che usiamo per il lookup delle filiali:\n', 'ABI/CAB lookup table we use for branches:\n') + txt
    return 'ticket', txt, c.sec

@tpl('bank_account')
def t_uk_accounts(L, leak):
    c = C(leak); sep = ch([',', '\t']); rows = ['payee,sort_code,account_number,reference,amount'.replace(',', sep)]
    for i in range(ri(2, 5)):
        acct = rs(8, DG); sc = sortcode()
        av = c.v('bank_account', acct, '****' + acct[-4:])
        rows.append(sep.join([fullname('en'), sc, av, 'REF' + rs(6, UP + DG), amount()]))
    pre = T(L, 'Lista rimborsi UK per il payout batch (colonne sort code e conto):', 'UK refund list for the payout batch (sort code and account columns):')
    return 'csv', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('bank_account')
def t_uk_inline(L, leak):
    c = C(leak); acct = rs(8, DG); sc = sortcode()
    if leak:
        v = ch([sc + ' ' + acct, sc.replace('-', '') + ' ' + acct, sc + ' / ' + acct])
        txt = T(L, 'L\'utente finale ha aggiornato le coordinate UK: %s (sort code + account). Il vostro endpoint le rifiuta.' % c.add('bank_account', v), 'The end user updated their UK details: %s (sort code + account). Your endpoint rejects them.' % c.add('bank_account', v))
    else:
        txt = T(L, 'L\'utente finale ha aggiornato le coordinate UK (sort code %s, conto che termina con %s). Il vostro endpoint le rifiuta con "invalid_account".' % (sc, acct[-3:]), 'The end user updated their UK details (sort code %s, account ending %s). Your endpoint rejects them with "invalid_account".' % (sc, acct[-3:]))
    return 'ticket', txt, c.sec

@tpl('bank_account')
def t_de_fr_es(L, leak):
    c = C(leak); k = ri(0, 2)
    if k == 0:
        blz = rs(8, DG); kto = rs(10, DG)
        row = 'Name: %s\nBLZ: %s\nKontonummer: %s\nBank: %s' % (fullname('en'), blz, c.v('bank_account', kto, 'XXXXXX' + kto[-4:]), ch(['Sparkasse KölnBonn', 'Commerzbank', 'Deutsche Bank']))
        pre = T(L, 'Dal modulo del merchant tedesco (vecchio formato, senza IBAN):', 'From the German merchant form (old format, no IBAN):')
    elif k == 1:
        b, g, cpt, key = fr_rib()
        if leak and maybe():
            rib = '%s %s %s %s' % (b, g, cpt, key)
            row = 'RIB : %s\nTitulaire : %s\nDomiciliation : %s' % (c.add('bank_account', rib), fullname('en'), ch(['BNP PARIBAS PARIS', 'LCL LYON', 'SG NANTES']))
        else:
            row = 'Code banque\tCode guichet\tN° de compte\tClé RIB\n%s\t%s\t%s\t%s' % (b, g, c.v('bank_account', cpt, '*******' + cpt[-4:]), key if leak else '**')
        pre = T(L, 'Il partner francese ci ha mandato il RIB così:', 'The French partner sent the RIB like this:')
    else:
        ccc = es_ccc(); f = '%s %s %s %s' % (ccc[:4], ccc[4:8], ccc[8:10], ccc[10:])
        row = 'Titular: %s\nCCC: %s\nEntidad: %s' % (fullname('en'), c.v('bank_account', ch([f, ccc]), ccc[:8] + ' ** ******' + ccc[-4:]), ch(['CaixaBank', 'BBVA', 'Sabadell']))
        pre = T(L, 'Dati del venditore spagnolo (CCC, non IBAN):', 'Spanish seller details (CCC, not IBAN):')
    return 'form', pre + '\n\n' + row, c.sec

@tpl('pin')
def t_otp_table(L, leak):
    c = C(leak); rows = ['message_id | phone          | template       | otp    | sent_at             | status']
    for i in range(ri(3, 6)):
        o = otp()[:6]
        rows.append('%s | %s | %s | %s | %s | %s' % (uid()[:13], phone(L), ch(['sca_challenge', 'login_2fa', 'payout_confirm']), c.v('pin', o, '******'), ts_sp(), ch(['delivered', 'failed', 'queued'])))
    pre = T(L, ch(['Dal nostro DWH, tabella sms_outbound (la colonna otp andrebbe tolta, lo so):', 'Gli SMS SCA non arrivano, ecco gli ultimi invii:']), ch(['From our DWH, sms_outbound table (the otp column should go, I know):', 'SCA texts are not arriving, latest sends:']))
    return 'table', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('pin')
def t_sf_passcode(L, leak):
    c = C(leak); o = otp()[:6]; p = pw()
    if leak:
        body = 'conn = snowflake.connector.connect(\n    user="%s",\n    password="%s",\n    account="%s",\n    authenticator="username_password_mfa",\n    passcode="%s",\n)' % (ch(USERS).upper(), c.add('password', p), ch(SFACC), c.add('pin', o))
    else:
        body = 'conn = snowflake.connector.connect(\n    user="%s",\n    password=os.environ["SNOWFLAKE_PASSWORD"],\n    account="%s",\n    authenticator="username_password_mfa",\n    passcode=input("Duo passcode: "),\n)' % (ch(USERS).upper(), ch(SFACC))
    pre = T(L, 'Da quando Snowflake richiede l\'MFA il notebook non va più:', 'Since Snowflake enforced MFA the notebook broke:')
    return 'python', pre + '\n\n' + body, c.sec

@tpl('pin')
def t_chat_otp(L, leak):
    c = C(leak); o = otp()[:6]; a = uname(L); b = uname(L)
    if leak:
        c.add('pin', o)
        m = T(L, ch(['mi è arrivato il codice %s per il login al portale merchant, lo inserisci tu?' % o, 'codice SMS: %s (scade tra 5 min)' % o, 'ok l\'OTP è %s, vai' % o]),
              ch(['got the code %s for the merchant portal login, can you enter it?' % o, 'SMS code: %s (expires in 5 min)' % o, 'ok the OTP is %s, go' % o]))
    else:
        m = T(L, ch(['mi è arrivato il codice per il login ma è già scaduto, ne chiedo un altro', 'l\'OTP arriva sul telefono di %s, chiedilo a lui' % b]), ch(['got the login code but it already expired, requesting another', 'the OTP goes to %s\'s phone, ask them' % b]))
    th = '%s  %s: %s\n%s  %s: %s' % (tm()[:5], a, T(L, 'devo scaricare il report settlement dal portale, chi ha il 2FA?', 'need to pull the settlement report from the portal, who has the 2FA?'), tm()[:5], b, m)
    pre = T(L, 'Thread del canale #data-ops (ve lo incollo perché il 2FA è legato a un solo telefono):', '#data-ops thread (pasting because 2FA is tied to a single phone):')
    return 'slack', pre + '\n\n' + th, c.sec

@tpl('pin')
def t_card_pin_col(L, leak):
    c = C(leak); rows = ['card_id,holder,pan_last4,pin,pin_try_count,blocked']
    for i in range(ri(2, 5)):
        rows.append('%s,%s,%s,%s,%d,%s' % ('crd_' + rs(12, LO + DG), fullname(L), rs(4, DG), c.v('pin', cardpin(), ch(['****', '', 'HASHED'])), ri(0, 3), ch(['false', 'true'])))
    pre = T(L, ch(['Nel vecchio schema delle carte prepagate c\'è ancora la colonna pin in chiaro, estratto:', 'Export dalla tabella legacy prepaid_cards:']), ch(['The old prepaid-card schema still has a plaintext pin column, extract:', 'Export from the legacy prepaid_cards table:']))
    if not leak: pre = T(L, 'Estratto da prepaid_cards dopo la migrazione (pin rimosso):', 'prepaid_cards extract after the migration (pin removed):')
    return 'csv', pre + '\n\n' + '\n'.join(rows), c.sec

@tpl('pin')
def t_kafka_sms(L, leak):
    c = C(leak); o = otp()
    msg = {'key': uid(), 'value': {'to': phone(L), 'body': T(L, 'Il tuo codice di verifica è %s. Non condividerlo.', 'Your verification code is %s. Do not share it.') % c.v('pin', o, '******'), 'template': 'otp_v2', 'ttl': 300}, 'partition': ri(0, 11), 'offset': ri(10**5, 10**8)}
    pre = T(L, 'Dal topic notifications.sms (consumer di debug):', 'From topic notifications.sms (debug consumer):')
    return 'json', pre + '\n' + json.dumps(msg, ensure_ascii=False), c.sec

@tpl('cvv')
def t_cvv_prose(L, leak):
    c = C(leak); pan = card(ch([1, 2, 0])); cv = cvv()
    if leak:
        txt = T(L, ch(['Il cliente ha scritto nel campo note dell\'ordine: "carta %s scad %s cvv %s" e il campo è finito nel nostro DWH. Come lo segnaliamo?' % (pan, exp(), cv),
                       'Nella tabella order_notes troviamo cose tipo: %s %s codice dietro %s. Dobbiamo cancellare?' % (pan, exp(), cv)]),
                ch(['The customer typed in the order notes field: "card %s exp %s cvv %s" and it landed in our DWH. How do we report it?' % (pan, exp(), cv),
                    'In order_notes we find things like: %s %s security code %s. Should we delete?' % (pan, exp(), cv)]))
        c.add('card_number', pan); c.add('cvv', cv)
    else:
        txt = T(L, 'Nella tabella order_notes alcuni clienti scrivono il CVV: abbiamo messo una regex che sostituisce con [CVV RIMOSSO] e la carta con %s. Basta per PCI?' % mask_card(),
                'Some customers type their CVV into order_notes: we added a regex replacing it with [CVV REMOVED] and the card with %s. Is that enough for PCI?' % mask_card())
    return 'ticket', txt, c.sec

@tpl('cvv')
def t_parquet_rows(L, leak):
    c = C(leak); rows = []
    for i in range(ri(2, 4)):
        rows.append('{"txn_id": "%s", "pan": "%s", "cvc2": "%s", "exp": "%s", "amount_minor": %d, "currency": "EUR"}' % (uid(), c.v('card_number', card_raw(), fake_card()), c.v('cvv', cvv(), '***'), exp(), ri(100, 99999)))
    out = '$ parquet-tools cat --json s3://%s/raw/auth_requests/dt=%s/part-00000.parquet | head -%d\n' % (ch(BUCKETS), dt(), len(rows)) + '\n'.join(rows)
    pre = T(L, 'Ci siamo accorti che il vostro webhook di autorizzazione finisce tale e quale nel lake:', 'We noticed your authorization webhook lands in the lake as-is:')
    return 'shell', pre + '\n\n' + out, c.sec

@tpl('cvv')
def t_cvv_form(L, leak):
    c = C(leak); pan = card(ch([1, 0])); cv = cvv()
    lab = ch(['CVV', 'CVC', 'CVV2', 'codice di sicurezza', 'security code', 'Prüfnummer', 'cryptogramme'])
    if leak:
        body = 'payload = {\n  "card": {"number": "%s", "exp_month": %d, "exp_year": 2028, "%s": "%s"},\n  "amount": %d\n}' % (c.add('card_number', pan.replace(' ', '')), ri(1, 12), ch(['cvc', 'cvv', 'security_code']), c.add('cvv', cv), ri(100, 9999))
        pre = T(L, 'Nel test di integrazione (ambiente produzione, purtroppo) mandiamo:', 'In the integration test (against production, sadly) we send:')
    else:
        body = 'payload = {\n  "card": {"token": "%s", "exp_month": %d, "exp_year": 2028},\n  "amount": %d\n}' % (tokpan(), ri(1, 12), ri(100, 9999))
        pre = T(L, 'Nel test di integrazione mandiamo solo il token (niente %s):' % lab, 'In the integration test we only send the token (no %s):' % lab)
    return 'python', pre + '\n\n' + body, c.sec

# ================================================================ pass-only templates
@pas
def p_af_task_log(L):
    rid = runid(); d = ch(['payouts_daily', 'settlements_import', 'dbt_nightly', 'refunds_sync'])
    log = ('*** Found local files:\n***   * /opt/airflow/logs/dag_id=%s/run_id=%s/task_id=load/attempt=%d.log\n[%s] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.load %s [queued]>\n'
           '[%s] {base.py:83} INFO - Using connection ID \'postgres_dwh\' for task execution.\n[%s] {sql.py:418} INFO - Running statement: COPY staging.payouts FROM STDIN WITH CSV HEADER, parameters: None\n'
           '[%s] {http.py:176} INFO - Sending \'GET\' to url: https://%s/v1/payouts?created[gte]=%s  headers={\'Authorization\': \'***\'}\n[%s] {taskinstance.py:1138} INFO - Marking task as %s. dag_id=%s, task_id=load, run_id=%s, execution_date=%s, start_date=%s, end_date=%s')
    log = log % (d, rid, ri(1, 3), ts_sp(), d, rid, ts_sp(), ts_sp(), ts_sp(), prov()[1], dt(), ts_sp(), ch(['SUCCESS', 'FAILED', 'UP_FOR_RETRY']), d, rid, dt() + 'T020000', dt() + 'T020312', dt() + 'T020944')
    pre = T(L, ch(['Log del task, come vedete la chiave è mascherata da Airflow:', 'ecco il log del tentativo fallito', 'Vi incollo il log completo']), ch(['Task log; as you can see Airflow masks the key:', 'here is the log of the failed attempt', 'Pasting the full log']))
    return 'airflow-log', pre + '\n\n' + log

@pas
def p_dbt_run_log(L):
    n = ri(20, 140)
    lines = ['%s  Running with dbt=1.8.%d' % (tm(), ri(0, 8)), '%s  Registered adapter: %s=1.8.%d' % (tm(), ch(['snowflake', 'bigquery', 'redshift', 'postgres']), ri(0, 4)),
             '%s  Found %d models, %d tests, %d sources, 0 exposures, 712 macros' % (tm(), n, n * 3, ri(5, 30)), '%s  Concurrency: 8 threads (target=\'prod\')' % tm()]
    for i in range(ri(3, 6)):
        lines.append('%s  %d of %d OK created sql table model mart.%s ......... [SUCCESS 1 in %.2fs]' % (tm(), i + 1, n, ch(['fct_payments', 'dim_merchants', 'fct_refunds', 'fct_payouts', 'int_fx_rates']), R.random() * 40))
    lines.append('%s  1 of 1 ERROR creating sql incremental model mart.fct_settlements ... [ERROR in 3.11s]' % tm())
    lines.append('%s  Database Error in model fct_settlements (models/mart/fct_settlements.sql)\n  000904 (42000): SQL compilation error: error line 14 at position 8\n  invalid identifier \'FEE_AMOUNT_MINOR\'\n  compiled code at target/run/%s/models/mart/fct_settlements.sql' % (tm(), slug(comp(L))))
    lines.append('%s  Done. PASS=%d WARN=0 ERROR=1 SKIP=%d TOTAL=%d' % (tm(), n - 5, 4, n))
    lines.append('invocation_id: %s' % uid())
    pre = T(L, ch(['Da quando avete aggiunto il campo fee nel vostro export dbt si rompe:', 'dbt run di stanotte:']), ch(['Since you added the fee field to your export, dbt breaks:', "Last night's dbt run:"]))
    return 'dbt-log', pre + '\n\n' + '\n'.join(lines)

@pas
def p_dbt_debug(L):
    out = ('dbt version: 1.8.%d\npython version: 3.11.9\nos info: Linux-6.1.0-amd64-x86_64\nUsing profiles dir at /home/%s/.dbt\nUsing profiles.yml file at /home/%s/.dbt/profiles.yml\nUsing dbt_project.yml file at /srv/dbt/dbt_project.yml\nadapter type: snowflake\nConfiguration:\n  profiles.yml file [OK found and valid]\n  dbt_project.yml file [OK found and valid]\nRequired dependencies:\n - git [OK found]\n\nConnection:\n  account: %s\n  user: %s\n  database: %s\n  warehouse: TRANSFORM_WH\n  role: TRANSFORMER\n  schema: dbt_prod\n  authenticator: snowflake_jwt\n  private_key_path: /secrets/rsa_key.p8\n  client_session_keep_alive: False\n  Connection test: [ERROR]\n\n1 check failed:\ndbt was unable to connect to the specified database.\n250001 (08001): Failed to connect to DB: JWT token is invalid. [%s]'
           % (ri(0, 8), ch(USERS), ch(USERS), ch(SFACC), ch(USERS).upper(), ch(DBS).upper(), uid()))
    pre = T(L, 'Output di dbt debug (niente password, usiamo la chiave):', 'dbt debug output (no password, we use the key):')
    return 'dbt-log', pre + '\n\n' + out

@pas
def p_spark_log(L):
    app = sparkapp()
    log = ('%s INFO Client: Submitting application %s to ResourceManager\n%s INFO YarnClientImpl: Submitted application %s\n%s INFO DAGScheduler: Job %d finished: save at NativeMethodAccessorImpl.java:0, took %.6f s\n%s WARN TaskSetManager: Lost task %d.0 in stage %d.0 (TID %d) (ip-10-0-%d-%d.eu-west-1.compute.internal executor %d): java.net.SocketTimeoutException: Read timed out\n%s INFO SparkContext: Successfully stopped SparkContext\n\tfinal status: %s\n\ttracking URL: http://ip-10-0-1-12:20888/proxy/%s/'
           % (ts_sp(), app, ts_sp(), app, ts_sp(), ri(0, 40), R.random() * 300, ts_sp(), ri(0, 400), ri(0, 40), ri(1000, 99999), ri(0, 255), ri(0, 255), ri(1, 40), ts_sp(), ch(['SUCCEEDED', 'FAILED']), app))
    pre = T(L, 'Il job di riconciliazione va in timeout sulle vostre API, log YARN:', 'The reconciliation job times out against your API, YARN log:')
    return 'log', pre + '\n\n' + log

@pas
def p_dbx_run_json(L):
    o = {'job_id': ri(10**5, 10**15), 'run_id': ri(10**5, 10**15), 'number_in_job': ri(1, 5000), 'creator_user_name': uname(L) + '@' + slug(comp(L)) + '.com', 'state': {'life_cycle_state': 'TERMINATED', 'result_state': ch(['FAILED', 'SUCCESS']), 'state_message': ch(['', 'Task ingest failed with message: HTTPError 503'])},
         'cluster_instance': {'cluster_id': dbxcluster(), 'spark_context_id': str(ri(10**18, 10**19))}, 'run_page_url': 'https://adb-%d.%d.azuredatabricks.net/?o=%d#job/%d/run/%d' % (ri(10**15, 10**16), ri(1, 19), ri(10**15, 10**16), ri(1, 10**6), ri(1, 10**6)), 'start_time': ri(1790000000000, 1799999999999)}
    pre = T(L, 'GET /api/2.1/jobs/runs/get del run fallito:', 'GET /api/2.1/jobs/runs/get for the failed run:')
    return 'json', pre + '\n' + json.dumps(o, indent=2)

@pas
def p_sf_query_hist(L):
    rows = ['QUERY_ID,QUERY_TAG,USER_NAME,ROLE_NAME,WAREHOUSE_SIZE,BYTES_SCANNED,ROWS_PRODUCED,START_TIME,ERROR_CODE']
    for i in range(ri(3, 7)):
        rows.append('%s,%s,%s,%s,%s,%d,%d,%s,%s' % (sfqid(), ch(['dbt:' + uid()[:8], 'airflow:payouts_daily', '', 'looker:' + str(ri(1000, 9999))]), ch(USERS).upper(), ch(['TRANSFORMER', 'ANALYST', 'LOADER']), ch(['X-Small', 'Small', 'Medium']), ri(10**3, 10**11), ri(0, 10**7), ts_sp(), ch(['', '', '002003', '100038'])))
    pre = T(L, 'I costi del warehouse sono esplosi dopo il vostro cambio di formato, vi allego la query history:', 'Warehouse costs spiked after your format change, attaching query history:')
    return 'csv', pre + '\n\n' + '\n'.join(rows)

@pas
def p_bq_jobs(L):
    rows = ['jobId                                      Job Type   State     Start Time         Duration']
    for i in range(ri(3, 6)):
        rows.append(' %-42s %-10s %-9s %s   0:00:%02d' % (bqjob(), ch(['query', 'load', 'extract']), ch(['SUCCESS', 'FAILURE']), dt() + ' ' + tm()[:5], ri(1, 59)))
    pre = T(L, '$ bq ls -j -a -n 6 %s' % (slug(comp(L))[:12] + '-dwh'), '$ bq ls -j -a -n 6 %s' % (slug(comp(L))[:12] + '-dwh'))
    return 'shell', pre + '\n' + '\n'.join(rows) + '\n\n' + T(L, 'il load delle 03:00 fallisce sempre', 'the 03:00 load always fails')

@pas
def p_s3_ls(L):
    b = ch(BUCKETS); rows = []
    for i in range(ri(4, 8)):
        rows.append('%s %10d exports/%s/%s_%s.%s' % (ts_sp()[:16].replace('T', ' ') + ':' + '%02d' % ri(0, 59), ri(10**3, 10**9), prov()[0].lower(), ch(['payouts', 'settlements', 'refunds', 'disputes']), dt().replace('-', ''), ch(['csv.gz', 'parquet', 'json'])))
    extra = ''
    if maybe():
        extra = '\n\n$ aws s3api head-object --bucket %s --key exports/part-0000.parquet\n{\n    "AcceptRanges": "bytes",\n    "ContentLength": %d,\n    "ETag": "\\%s\\",\n    "VersionId": "%s",\n    "ServerSideEncryption": "aws:kms",\n    "SSEKMSKeyId": "arn:aws:kms:eu-west-1:%d:key/%s"\n}' % (b, ri(10**4, 10**8), etag()[:-1], rs(32, AL + '._'), ri(10**11, 10**12 - 1), uid())
    pre = T(L, ch(['Manca il file del 30, vedete:', 'listing del bucket dove scrivete gli export:']), ch(['The file for the 30th is missing, see:', 'listing of the bucket you export to:']))
    return 'shell', pre + '\n\n$ aws s3 ls s3://%s/exports/ --recursive\n' % b + '\n'.join(rows) + extra

@pas
def p_parquet_schema(L):
    fields = ['  optional binary payout_id (STRING);', '  optional int64 amount_minor;', '  optional binary currency (STRING);', '  optional binary iban_hash (STRING);', '  optional binary iban_last4 (STRING);', '  optional int64 created_at (TIMESTAMP(MILLIS,true));', '  optional binary pan_token (STRING);']
    R.shuffle(fields)
    out = 'message spark_schema {\n' + '\n'.join(fields) + '\n}\n\ncreated_by: parquet-mr version 1.13.1 (build %s)\nnum_rows: %d\nrow groups: %d\nfile schema fingerprint: %s' % (sha1(), ri(10**3, 10**7), ri(1, 20), sha256())
    pre = T(L, 'Schema del file parquet che riceviamo (parquet-tools schema/meta):', 'Schema of the parquet file we receive (parquet-tools schema/meta):')
    return 'schema', pre + '\n\n' + out

@pas
def p_avro_schema(L):
    sch = {'type': 'record', 'name': 'Payout', 'namespace': 'com.%s.events' % prov()[0].lower(), 'fields': [{'name': 'payout_id', 'type': 'string'}, {'name': 'iban', 'type': ['null', 'string'], 'doc': T(L, 'IBAN del beneficiario (mascherato)', 'payee IBAN (masked)')}, {'name': 'card_token', 'type': 'string'}, {'name': 'amount', 'type': {'type': 'bytes', 'logicalType': 'decimal', 'precision': 12, 'scale': 2}}]}
    out = json.dumps(sch, indent=2) + '\n\nsubject: payouts-value  version: %d  id: %d\nfingerprint (CRC-64-AVRO): %s\nfingerprint (SHA-256): %s' % (ri(1, 30), ri(100000, 999999), hx(16), sha256())
    pre = T(L, 'Schema registrato nel registry per il topic payouts:', 'Schema registered for the payouts topic:')
    return 'schema', pre + '\n\n' + out

@pas
def p_gx_success(L):
    res = {'success': True, 'statistics': {'evaluated_expectations': ri(5, 40), 'successful_expectations': ri(5, 40), 'unsuccessful_expectations': 0}, 'meta': {'expectation_suite_name': 'payouts.warning', 'run_id': {'run_name': runid(), 'run_time': ts() + '+00:00'}, 'validation_id': uid(), 'batch_spec': {'batch_data': 'SqlAlchemyExecutionEngine'}, 'checkpoint_id': uid()},
           'results': [{'expectation_config': {'expectation_type': 'expect_column_values_to_match_regex', 'kwargs': {'column': 'pan_masked', 'regex': '^[0-9]{6}\\*{6}[0-9]{4}$'}}, 'result': {'unexpected_count': 0, 'partial_unexpected_list': []}, 'success': True},
                       {'expectation_config': {'expectation_type': 'expect_column_values_to_not_be_null', 'kwargs': {'column': 'iban_hash'}}, 'result': {'unexpected_count': 0}, 'success': True}]}
    pre = T(L, 'Validazione GX sul vostro export, tutto verde:', 'GX validation on your export, all green:')
    return 'json', pre + '\n' + json.dumps(res, indent=1)

@pas
def p_mlflow(L):
    rid = mlrun()
    out = '>>> mlflow.get_run("%s").info\n<RunInfo: artifact_uri=\'dbfs:/databricks/mlflow-tracking/%d/%s/artifacts\', end_time=%d, experiment_id=\'%d\', lifecycle_stage=\'active\', run_id=\'%s\', run_name=\'%s\', run_uuid=\'%s\', start_time=%d, status=\'FINISHED\', user_id=\'%s\'>' % (rid, ri(10**14, 10**15), rid, ri(1790000000000, 1799999999999), ri(10**14, 10**15), rid, ch(['brave-owl-', 'calm-fox-', 'sly-hen-']) + str(ri(1, 999)), rid, ri(1790000000000, 1799999999999), uname(L))
    if maybe():
        out += '\n>>> run.data.tags["mlflow.source.git.commit"]\n\'%s\'' % sha1()
    pre = T(L, 'Il modello in produzione è questo run MLflow:', 'Production model is this MLflow run:')
    return 'python', pre + '\n\n' + out

@pas
def p_wandb(L):
    rid = wbrun(); ent = slug(comp(L))
    out = 'wandb: Currently logged in as: %s (%s). Use `wandb login --relogin` to force relogin\nwandb: Tracking run with wandb version 0.18.%d\nwandb: Run data is saved locally in /tmp/wandb/run-%s-%s\nwandb: Syncing run %s\nwandb: ⭐️ View project at https://wandb.ai/%s/chargeback-classifier\nwandb: 🚀 View run at https://wandb.ai/%s/chargeback-classifier/runs/%s\nwandb: Run summary:\nwandb:   val_auc 0.9%d\nwandb:   commit %s' % (uname(L), ent, ri(0, 7), dt().replace('-', '') + '_' + tm().replace(':', ''), rid, ch(['fluent-sun-', 'misty-river-']) + str(ri(1, 99)), ent, ent, rid, ri(10, 99), sha1())
    pre = T(L, 'Output del training:', 'Training output:')
    return 'log', pre + '\n\n' + out

@pas
def p_hf_whoami(L):
    out = '$ huggingface-cli whoami\n%s\norgs:  %s\n$ huggingface-cli env\n- huggingface_hub version: 0.26.%d\n- Token path ?: /home/%s/.cache/huggingface/token\n- Has saved token ?: True\n- Who am I ?: %s\n- HF_HUB_OFFLINE: False\n- HF_TOKEN_PATH: None' % (uname(L), slug(comp(L)), ri(0, 5), ch(USERS), uname(L))
    if maybe():
        out += '\n\nmodel revision in use: %s (sha256 of model.safetensors: %s)' % (sha1(), sha256())
    pre = T(L, 'Il token è configurato (non lo incollo), ma il download fallisce con 401:', 'The token is configured (not pasting it), but the download fails with 401:')
    return 'shell', pre + '\n\n' + out

@pas
def p_pseudo(L):
    salt_note = T(L, '(sale in Vault, non incluso)', '(salt in Vault, not included)')
    rows = ['customer_id,iban_sha256,pan_token,pan_bin,pan_last4,email_hmac']
    for i in range(ri(3, 6)):
        rows.append('%d,%s,%s,%s,%s,%s' % (ri(10000, 99999), sha256(), tokpan(), rs(6, DG), rs(4, DG), hx(64)))
    pre = T(L, 'Output della pseudonimizzazione %s — possiamo mandarvelo così per il debug?' % salt_note, 'Pseudonymisation output %s — can we send it to you like this for debugging?' % salt_note)
    return 'csv', pre + '\n\n' + '\n'.join(rows)

@pas
def p_fpe_tokens(L):
    rows = []
    for i in range(ri(3, 6)):
        rows.append('| %s | %s | %s | %s |' % (uid()[:8], fpe_token(), mask_card(st=1), ch(['VISA', 'MC', 'AMEX'])))
    pre = T(L, 'I PAN nel nostro DWH sono tokenizzati con FPE (16 cifre, non passano Luhn apposta). Esempio:', 'PANs in our DWH are FPE-tokenized (16 digits, deliberately Luhn-invalid). Example:')
    return 'table', pre + '\n\n| id | pan_token | pan_masked | brand |\n|---|---|---|---|\n' + '\n'.join(rows)

@pas
def p_masked_extract(L):
    rows = [T(L, 'nome;iban;carta;importo', 'name;iban;card;amount')]
    for i in range(ri(3, 7)):
        rows.append('%s;%s;%s;%s' % (fullname(L), mask_iban(iban_for(L)), mask_card(), amount()))
    pre = T(L, 'Estratto mascherato come da policy:', 'Masked extract as per policy:')
    return 'csv', pre + '\n\n' + '\n'.join(rows)

@pas
def p_bic_abi(L):
    rows = []
    for i in range(ri(3, 6)):
        rows.append('%s\t%s\t%s\t%s' % (ch(BICS), ch(ABIS), rs(5, DG), ch(['Milano', 'Roma', 'Torino', 'Bari', 'Padova', 'Firenze'])))
    pre = T(L, 'Tabella di lookup banche (BIC, ABI, CAB, piazza) che usiamo nel modello dim_banks:', 'Bank lookup table (BIC, ABI, CAB, town) used in dim_banks:')
    return 'tsv', pre + '\n\nBIC\tABI\tCAB\t' + T(L, 'Piazza', 'Town') + '\n' + '\n'.join(rows)

@pas
def p_bad_iban_dq(L):
    rows = []
    for i in range(ri(2, 5)):
        rows.append('  row %d: iban=%s -> check digits invalid (mod 97 != 1)' % (ri(1, 99999), bad_iban(ch(['IT', 'DE', 'FR', 'GB', 'ES']), ch([0, 2]))))
    pre = T(L, 'Il check custom sugli IBAN scarta queste righe (sono IBAN sbagliati, digitati male dagli utenti):', 'Our custom IBAN check rejects these rows (bad IBANs mistyped by users):')
    return 'log', pre + '\n\n' + 'dq.iban_checksum FAILED (%d rows)\n' % len(rows) + '\n'.join(rows)

@pas
def p_bad_luhn_dq(L):
    rows = []
    for i in range(ri(2, 5)):
        rows.append('%s,%s,luhn_failed' % (uid(), bad_card(ch([0, 1]))))
    pre = T(L, 'Questi numeri carta vengono rifiutati dal nostro validatore (Luhn KO), quindi non sono carte vere:', 'These card numbers are rejected by our validator (Luhn fails), so not real cards:')
    return 'csv', pre + '\n\nrequest_id,pan_input,reason\n' + '\n'.join(rows)

@pas
def p_kc_status(L):
    o = {'name': ch(['pg-payments-cdc', 'jdbc-sink-dwh', 's3-sink-raw']), 'connector': {'state': 'RUNNING', 'worker_id': '10.0.%d.%d:8083' % (ri(0, 255), ri(0, 255))}, 'tasks': [{'id': 0, 'state': 'FAILED', 'worker_id': '10.0.%d.%d:8083' % (ri(0, 255), ri(0, 255)), 'trace': 'org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.\n\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:632)'}], 'type': ch(['sink', 'source'])}
    pre = T(L, 'curl connect:8083/connectors/…/status', 'curl connect:8083/connectors/…/status')
    return 'json', pre + '\n' + json.dumps(o, indent=2)

@pas
def p_env_reads(L):
    k = ri(0, 4)
    code = [
        'import os\nfrom airflow.models import Variable\nfrom airflow.hooks.base import BaseHook\n\nconn = BaseHook.get_connection("postgres_dwh")\npassword = conn.password\napi_key = Variable.get("provider_api_key")\nclient_secret = os.environ["PROVIDER_CLIENT_SECRET"]',
        'token <- Sys.getenv("PROVIDER_TOKEN")\npwd <- keyring::key_get("dwh", username = "analyst")\nif (token == "") stop("PROVIDER_TOKEN non impostato")',
        'api_key = dbutils.secrets.get(scope="provider", key="api-key")\njdbc_pw = dbutils.secrets.get(scope="dwh", key="password")\nprint(api_key)  # [REDACTED]',
        'token = ENV["PROVIDER_TOKEN"]\nconn = LibPQ.Connection("host=$(ENV["PGHOST"]) user=$(ENV["PGUSER"]) password=$(ENV["PGPASSWORD"])")',
        "{{ config(materialized='incremental') }}\n-- password: {{ env_var('DBT_ENV_SECRET_PG_PASSWORD') }}\nselect * from {{ source('provider', 'payouts') }}\n{% if is_incremental() %} where updated_at > (select max(updated_at) from {{ this }}) {% endif %}"][k]
    pre = T(L, ch(['Le credenziali non sono nel codice, le leggiamo così:', 'Ecco come recuperiamo i segreti:', 'il codice legge tutto da env/secret scope:']), ch(['Credentials are not in the code, we read them like this:', 'This is how we fetch secrets:', 'the code reads everything from env/secret scope:']))
    return 'code', pre + '\n\n' + code

@pas
def p_prose_rotation(L):
    txt = T(L, ch(['Buongiorno, dobbiamo ruotare la password dell\'utente di servizio e il client secret OAuth prima del %s per la policy interna. Se li cambiamo sul vostro portale, il refresh token esistente resta valido o dobbiamo rifare il consenso? Grazie, %s' % (dt(), person(L)),
                   'Ciao, il nostro DPO chiede dove vengono conservate le API key e se i token hanno una scadenza. Nel DPIA abbiamo scritto "token conservati in Vault, rotazione ogni 90 giorni". È corretto dal vostro lato?',
                   'Salve, da un audit è emerso che un analista aveva la password del DWH in un notebook. L\'abbiamo già cambiata e rimossa dalla cronologia git. Dobbiamo anche rigenerare la chiave API da voi?']),
            ch(['Hello, we need to rotate the service user password and the OAuth client secret before %s per internal policy. If we change them in your portal, does the existing refresh token stay valid or do we redo consent? Thanks, %s' % (dt(), person(L)),
                'Hi, our DPO asks where API keys are stored and whether tokens expire. In the DPIA we wrote "tokens stored in Vault, rotated every 90 days". Is that right on your side?',
                'Hello, an audit found an analyst had the DWH password in a notebook. We already changed it and scrubbed git history. Do we also need to regenerate the API key with you?']))
    return 'email', txt

@pas
def p_sf_pubkey(L):
    pk, lines = pubkey()
    body = ch(["ALTER USER %s SET RSA_PUBLIC_KEY='%s';" % (ch(USERS).upper(), ''.join(lines)),
               "DESC USER %s;\nproperty\tvalue\nRSA_PUBLIC_KEY_FP\tSHA256:%s\nRSA_PUBLIC_KEY_2_FP\tnull\nDEFAULT_ROLE\tLOADER\nHAS_MFA\tfalse" % (ch(USERS).upper(), rs(43, B64) + '='),
               pk])
    pre = T(L, 'Chiave pubblica registrata sull\'utente Snowflake (la privata resta sul server Airflow):', 'Public key set on the Snowflake user (private key stays on the Airflow box):')
    return 'sql', pre + '\n\n' + body

@pas
def p_ssh_pub(L):
    pre = T(L, 'Per il tunnel SSH di Fivetran/Airbyte abbiamo aggiunto questa chiave pubblica in authorized_keys del bastion:', 'For the Fivetran/Airbyte SSH tunnel we added this public key to the bastion authorized_keys:')
    return 'text', pre + '\n\n' + sshpub() + '\n\n' + T(L, 'fingerprint: SHA256:%s' % rs(43, B64), 'fingerprint: SHA256:%s' % rs(43, B64))

@pas
def p_package_lock(L):
    body = 'packages:\n- package: dbt-labs/dbt_utils\n  version: 1.3.0\n- package: calogica/dbt_expectations\n  version: 0.10.4\n- git: https://github.com/%s/dbt-provider-models.git\n  revision: %s\nsha1_hash: %s' % (slug(comp(L)), sha1(), sha1())
    pre = T(L, 'package-lock.yml:', 'package-lock.yml:')
    return 'yaml', pre + '\n\n' + body

@pas
def p_cron_ok(L):
    mail = 'From: Cron Daemon <root@etl02>\nSubject: Cron <etl@etl02> /opt/etl/bin/run_sync.sh\n\n[%s] sync start (job_id=%s)\n[%s] fetched %d payouts, %d refunds from %s (request_id=%s)\n[%s] upserted into dwh.raw_payouts (batch %s)\n[%s] done in %ds, exit 0' % (ts_sp(), uid(), ts_sp(), ri(100, 9000), ri(0, 300), prov()[1], uid(), ts_sp(), hx(12), ts_sp(), ri(10, 900))
    pre = T(L, 'Per confronto, la mail di ieri quando funzionava:', "For comparison, yesterday's mail when it worked:")
    return 'cron-mail', pre + '\n\n' + mail

@pas
def p_masked_conns(L):
    o = {'connection_id': uid(), 'service': ch(['postgres_rds', 'snowflake', 'google_ads', 'stripe', 'sftp']), 'schema': ch(DBS), 'config': {'host': ch(HOSTS), 'user': ch(USERS), 'password': '******', 'port': 5432, 'connection_type': 'SshTunnel', 'tunnel_host': 'bastion.example.net', 'public_key': 'ssh-rsa AAAAB3NzaC1yc2E' + rs(60, B64) + ' fivetran user key'}, 'setup_state': 'broken', 'sync_frequency': 360, 'succeeded_at': ts() + 'Z'}
    pre = T(L, 'Fivetran API (GET /v1/connectors/…), i segreti sono già oscurati:', 'Fivetran API (GET /v1/connectors/…), secrets already hidden:')
    return 'json', pre + '\n' + json.dumps(o, indent=2)

@pas
def p_ph_profiles(L):
    y = "analytics:\n  target: \"{{ env_var('DBT_TARGET', 'dev') }}\"\n  outputs:\n    dev:\n      type: bigquery\n      method: oauth\n      project: %s\n      dataset: dbt_%s\n    prod:\n      type: bigquery\n      method: service-account\n      keyfile: /secrets/bq-sa.json\n      project: %s\n      dataset: analytics\n      threads: 16" % (slug(comp(L))[:14] + '-dwh', ch(NOMI_IT).lower(), slug(comp(L))[:14] + '-dwh')
    pre = T(L, 'profiles.yml (nessun segreto dentro, usiamo il keyfile montato):', 'profiles.yml (no secrets inside, we mount the keyfile):')
    return 'yaml', pre + '\n\n' + y

@pas
def p_jdbc_nopw(L):
    u = ch(['jdbc:snowflake://%s.snowflakecomputing.com/?db=%s&warehouse=BI_WH&authenticator=externalbrowser' % (ch(SFACC), ch(DBS).upper()),
            'jdbc:redshift:iam://%s:5439/%s?DbUser=%s&AutoCreate=false' % (ch(HOSTS), ch(DBS), ch(USERS)),
            'jdbc:bigquery://https://www.googleapis.com/bigquery/v2:443;ProjectId=%s;OAuthType=3' % slug(comp(L)),
            'jdbc:postgresql://%s:5432/%s?user=%s&password=&sslmode=verify-full' % (ch(HOSTS), ch(DBS), ch(USERS)),
            'jdbc:clickhouse://%s:8443/default?ssl=true&user=%s&password=${CH_PASSWORD}' % (ch(HOSTS), ch(USERS))])
    pre = T(L, 'URL JDBC (SSO/IAM, niente password):', 'JDBC URL (SSO/IAM, no password):')
    return 'jdbc', pre + ' ' + u

@pas
def p_api_error(L):
    pv = prov()
    o = {'error': {'type': 'invalid_request_error', 'code': ch(['rate_limited', 'invalid_date_range', 'resource_missing']), 'message': 'No such payout: po_' + rs(24), 'request_id': 'req_' + rs(14), 'doc_url': 'https://docs.%s/errors' % pv[1].split('.', 1)[1]}}
    pre = T(L, 'La vostra API risponde così alle chiamate dell\'estrattore (trace %s):' % trace(), 'Your API answers the extractor like this (trace %s):' % trace())
    return 'json', pre + '\n' + json.dumps(o, indent=2) + T(L, '\n\ncliente: %s, client_id %s' % (comp(L), slug(comp(L)) + '-prod'), '\n\ncustomer: %s, client_id %s' % (comp(L), slug(comp(L)) + '-prod'))

@pas
def p_dpia_table(L):
    if L == 'it':
        rows = ['| Rischio | Probabilità | Impatto | Misura |', '|---|---|---|---|', '| Esposizione PAN nel DWH | bassa | alto | tokenizzazione a monte, solo BIN+last4 |', '| IBAN in chiaro negli export | media | medio | hashing SHA-256 con sale, last4 |', '| Credenziali in notebook | media | alto | secret scope Databricks, scansione git |', '| OTP SMS loggati | bassa | alto | colonna otp rimossa da sms_outbound |']
        pre = 'Tabella rischi della DPIA (v%d.%d):' % (ri(1, 3), ri(0, 9))
    else:
        rows = ['| Risk | Likelihood | Impact | Control |', '|---|---|---|---|', '| PAN exposure in DWH | low | high | upstream tokenization, BIN+last4 only |', '| Clear IBANs in exports | medium | medium | salted SHA-256 hashing, last4 |', '| Credentials in notebooks | medium | high | Databricks secret scope, git scanning |', '| Logged SMS OTPs | low | high | otp column dropped from sms_outbound |']
        pre = 'DPIA risk table (v%d.%d):' % (ri(1, 3), ri(0, 9))
    return 'table', pre + '\n\n' + '\n'.join(rows)

@pas
def p_gdpr_map_blank(L):
    if L == 'it':
        rows = ['Tabella;Colonna;Tipo dato;Categoria GDPR;Trattamento', 'payouts;iban;varchar(34);finanziario;hash+last4', 'payouts;bic;varchar(11);pubblico;nessuno', 'orders;pan;varchar(19);pagamento;tokenizzato (vault)', 'orders;cvv;—;pagamento;MAI salvato', 'users;phone;varchar(20);contatto;in chiaro', 'sms_outbound;otp;char(6);credenziale;eliminata']
        pre = 'Foglio di data mapping per il DPO (export CSV):'
    else:
        rows = ['Table;Column;Type;GDPR category;Treatment', 'payouts;iban;varchar(34);financial;hash+last4', 'payouts;bic;varchar(11);public;none', 'orders;pan;varchar(19);payment;tokenized (vault)', 'orders;cvv;—;payment;NEVER stored', 'users;phone;varchar(20);contact;clear', 'sms_outbound;otp;char(6);credential;dropped']
        pre = 'Data-mapping sheet for the DPO (CSV export):'
    return 'csv', pre + '\n\n' + '\n'.join(rows)

@pas
def p_looker_conn_masked(L):
    if L == 'it':
        body = 'Nome: dwh_prod\nDialetto: Snowflake\nHost remoto: %s.snowflakecomputing.com\nDatabase: %s\nNome utente: %s\nPassword: (impostata — non visualizzabile)\nChiave privata: caricata (rsa_key.p8, fingerprint SHA256:%s)\nPDT abilitati: sì' % (ch(SFACC), ch(DBS).upper(), ch(USERS).upper(), rs(43, B64) + '=')
        pre = 'Pagina della connessione in Looker:'
    else:
        body = 'Name: dwh_prod\nDialect: Snowflake\nRemote Host: %s.snowflakecomputing.com\nDatabase: %s\nUsername: %s\nPassword: (set — hidden)\nPrivate key: uploaded (rsa_key.p8, fingerprint SHA256:%s)\nPDTs enabled: yes' % (ch(SFACC), ch(DBS).upper(), ch(USERS).upper(), rs(43, B64) + '=')
        pre = 'Looker connection page:'
    return 'ui-text', pre + '\n\n' + body

@pas
def p_aws_example(L):
    body = '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = eu-west-1'
    pre = T(L, 'La vostra guida dice di configurare ~/.aws/credentials come nell\'esempio qui sotto; noi usiamo SSO, va bene lo stesso?', 'Your guide says to set ~/.aws/credentials like the example below; we use SSO, is that fine?')
    return 'ini', pre + '\n\n' + body

@pas
def p_publishable(L):
    pv = prov()
    body = '%s_PUBLISHABLE_KEY=%s%s\n%s_ACCOUNT_ID=acct_%s\n%s_WEBHOOK_ENDPOINT_ID=we_%s\n%s_SECRET_KEY=${%s_SECRET_KEY}' % (pv[0].upper(), pv[3], rs(32), pv[0].upper(), rs(16), pv[0].upper(), rs(24), pv[0].upper(), pv[0].upper())
    pre = T(L, 'Nel .env del dashboard Superset embeddato mettiamo solo la chiave pubblicabile:', 'In the embedded Superset dashboard .env we only put the publishable key:')
    return 'env', pre + '\n' + body

@pas
def p_warehouse_ids(L):
    body = T(L, 'Riepilogo: warehouse %s, account locator %s, org %s, query id %s, session id %d, ruolo ANALYST. Il caricamento del file %s (ETag %s) è fallito alle %s.',
             'Summary: warehouse %s, account locator %s, org %s, query id %s, session id %d, role ANALYST. Loading file %s (ETag %s) failed at %s.') % (ch(['BI_WH', 'TRANSFORM_WH']), rs(2, UP) + rs(5, DG), rs(8, UP), sfqid(), ri(10**13, 10**14), 'payouts_%s.csv.gz' % dt().replace('-', ''), etag(), tm())
    return 'ticket', body

@pas
def p_phone_amounts(L):
    rows = [T(L, 'cliente;telefono;data;importo;fattura', 'customer;phone;date;amount;invoice')]
    for i in range(ri(3, 6)):
        rows.append('%s;%s;%s;%s;%s' % (fullname(L), phone(L), dt(), amount(), invoice()))
    pre = T(L, 'Lista dei rimborsi da fare a mano (niente dati bancari, li recuperate voi dall\'ID):', 'Manual refunds list (no bank data, you fetch it by ID):')
    return 'csv', pre + '\n\n' + '\n'.join(rows)

@pas
def p_git_diff_rotate(L):
    body = 'commit %s\nAuthor: %s <%s>\nDate:   %s\n\n    remove hardcoded DWH credentials, read from Vault\n\ndiff --git a/dags/payouts.py b/dags/payouts.py\nindex %s..%s 100644\n--- a/dags/payouts.py\n+++ b/dags/payouts.py\n@@ -8,3 +8,3 @@\n-PASSWORD = "[rimosso da questo diff]"\n+PASSWORD = Variable.get("dwh_password")\n-API_KEY = "[removed]"\n+API_KEY = Variable.get("provider_api_key")' % (sha1(), person(L), email(L), dt(), hx(7), hx(7))
    pre = T(L, 'Abbiamo tolto le credenziali dal codice, ecco il commit:', 'We removed the credentials from the code, here is the commit:')
    return 'diff', pre + '\n\n' + body

@pas
def p_kafka_offsets(L):
    rows = ['GROUP           TOPIC                 PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID                                            HOST']
    for i in range(ri(3, 6)):
        rows.append('dwh-loader      cdc.public.payouts    %-10d %-15d %-15d %-5d %s  /10.0.%d.%d' % (i, ri(10**5, 10**8), ri(10**5, 10**8), ri(0, 9999), 'consumer-dwh-loader-1-' + uid(), ri(0, 255), ri(0, 255)))
    pre = T(L, 'Lag del consumer in crescita:', 'Consumer lag growing:')
    return 'shell', pre + '\n\n$ kafka-consumer-groups --bootstrap-server broker:9092 --describe --group dwh-loader\n' + '\n'.join(rows)

@pas
def p_superset_masked(L):
    u = ch(['postgresql://%s:XXXXXXXXXX@%s:5432/%s' % (ch(USERS), ch(HOSTS), ch(DBS)), 'snowflake://%s:***@%s/%s' % (ch(USERS), ch(SFACC), ch(DBS).upper()), 'mysql://%s:<password>@%s/%s' % (ch(USERS), ch(HOSTS), ch(DBS))])
    pre = T(L, 'URI della sorgente in Superset (la password la oscura lui):', 'Superset data source URI (it hides the password itself):')
    return 'ui-text', pre + '\n' + u

@pas
def p_nb_hashes(L):
    src = ['import hashlib, hmac\n', 'def pseudo(iban, salt):\n', '    return hmac.new(salt, iban.encode(), hashlib.sha256).hexdigest()\n', 'df["iban_h"] = df.iban.map(lambda x: pseudo(x, SALT))\n', 'df[["iban_h", "iban_last4"]].head(3)']
    out = ['  iban_h                                                            iban_last4\n'] + ['%d %s  %s\n' % (i, sha256(), rs(4, DG)) for i in range(3)]
    cell = {'cell_type': 'code', 'execution_count': ri(2, 40), 'metadata': {}, 'outputs': [{'output_type': 'execute_result', 'data': {'text/plain': out}, 'metadata': {}, 'execution_count': 7}], 'source': src}
    pre = T(L, 'Cella del notebook di pseudonimizzazione (SALT letto da secret scope):', 'Pseudonymisation notebook cell (SALT read from a secret scope):')
    return 'ipynb', pre + '\n' + json.dumps(cell, indent=1)

@pas
def p_airbyte_masked_oauth(L):
    cfg = {'sourceId': uid(), 'name': 'source-google-ads', 'connectionConfiguration': {'credentials': {'client_id': cid(), 'client_secret': '**********', 'refresh_token': '**********', 'developer_token': '**********'}, 'customer_id': '%d' % ri(10**9, 10**10), 'start_date': dt()}}
    pre = T(L, 'La source Airbyte (segreti oscurati dall\'API):', 'The Airbyte source (secrets masked by the API):')
    return 'json', pre + '\n' + json.dumps(cfg, indent=2)

@pas
def p_bcrypt_dump(L):
    rows = []
    for i in range(ri(2, 4)):
        rows.append("(%d, '%s', '%s', '%s')" % (ri(1, 9999), email(L), bcrypt(), ts_sp()))
    pre = T(L, 'Dal dump della tabella utenti del portale interno (solo hash bcrypt):', 'From the internal portal users table dump (bcrypt hashes only):')
    return 'sql', pre + '\n\nINSERT INTO portal_users (id, email, password_hash, created_at) VALUES\n' + ',\n'.join(rows) + ';'

@pas
def p_card_bins(L):
    rows = ['bin,brand,issuer_country,type']
    for i in range(ri(3, 6)):
        rows.append('%s,%s,%s,%s' % (rs(6, DG), ch(['VISA', 'MASTERCARD', 'AMEX']), ch(['IT', 'DE', 'FR', 'GB']), ch(['debit', 'credit', 'prepaid'])))
    pre = T(L, 'Tabella BIN (solo prime 6 cifre) per il modello dim_card_bin:', 'BIN table (first 6 digits only) for dim_card_bin:')
    return 'csv', pre + '\n\n' + '\n'.join(rows)

@pas
def p_otp_prose(L):
    txt = T(L, ch(['Gli utenti finali lamentano che il codice OTP arriva dopo 2-3 minuti. Nei vostri log la richiesta è %s alle %s. Potete controllare il provider SMS?' % (uid(), tm()),
                   'Nel report dei consensi SCA vediamo %d challenge scadute ieri; il codice di errore è sca_timeout. Nessun PIN è stato inserito in tempo.' % ri(10, 999)]),
            ch(['End users complain the OTP arrives after 2-3 minutes. In your logs the request is %s at %s. Can you check the SMS provider?' % (uid(), tm()),
                'In the SCA consent report we see %d expired challenges yesterday; error code sca_timeout. No PIN was entered in time.' % ri(10, 999)]))
    return 'ticket', txt

@pas
def p_order_ids_table(L):
    rows = ['order_no | job_id | auth_code | tid | amount']
    for i in range(ri(3, 6)):
        rows.append('%s | %d | %s | %s | %s' % (invoice(), ri(100000, 999999), rs(6, UP + DG), rs(8, DG), amount()))
    pre = T(L, 'Righe del job di riconciliazione con codice autorizzazione e terminale:', 'Reconciliation job rows with auth code and terminal:')
    return 'table', pre + '\n\n' + '\n'.join(rows)

# ---------------------------------------------------------------- more card / mixed
@tpl('card_number')
def t_dlq_escaped(L, leak):
    c = C(leak); pan = card_raw(); ib = iban_for(L)
    inner = {'event': 'payment.failed', 'payment_id': 'pay_' + rs(20), 'card': {'number': c.v('card_number', pan, fake_card()), 'holder': fullname(L)}, 'payout_iban': c.v('iban', ib, fake_iban(L)) if maybe() else mask_iban(ib)}
    msg = {'topic': 'payments.dlq', 'partition': ri(0, 5), 'offset': ri(1000, 10**7), 'headers': {'__connect.errors.exception.class.name': 'org.apache.kafka.connect.errors.DataException', '__connect.errors.topic': 'payments.events'}, 'value': json.dumps(inner)}
    pre = T(L, 'Nella dead letter queue del sink JDBC troviamo messaggi così (value è JSON dentro JSON):', 'The JDBC sink dead-letter queue has messages like this (value is JSON inside JSON):')
    return 'json', pre + '\n' + json.dumps(msg, indent=ch([None, 2])), c.sec

@tpl('card_number')
def t_card_slack(L, leak):
    c = C(leak); pan = card(ch([1, 2, 3, 5])); a = uname(L); b = uname(L)
    if leak:
        m = T(L, ch(['la carta che dà errore è %s, scad %s' % (c.add('card_number', pan), exp()), 'prova con questa: %s (è del cliente, non di test!)' % c.add('card_number', pan)]),
              ch(['the failing card is %s, exp %s' % (c.add('card_number', pan), exp()), 'try this one: %s (customer card, not a test one!)' % c.add('card_number', pan)]))
    else:
        m = T(L, 'la carta che dà errore finisce con %s, BIN %s, tokenizzata come %s' % (rs(4, DG), rs(6, DG), tokpan()), 'the failing card ends in %s, BIN %s, tokenized as %s' % (rs(4, DG), rs(6, DG), tokpan()))
    th = '%s [%s] %s\n%s [%s] %s' % (a, tm()[:5], T(L, 'quale pagamento ricontrolliamo?', 'which payment should we recheck?'), b, tm()[:5], m)
    pre = T(L, 'Dal canale #analytics-payments:', 'From #analytics-payments:')
    return 'slack', pre + '\n\n' + th, c.sec

@tpl('card_number')
def t_card_query(L, leak):
    c = C(leak); pan = card_raw()
    q = "select * from raw.auth_requests where pan = '%s' and created_at::date = '%s';" % (c.v('card_number', pan, fpe_token()), dt())
    pre = T(L, ch(['Dalla cronologia di DBeaver, la query che ha fatto il collega:', 'Questa query nella history di Redshift (STL_QUERYTEXT) è un problema?']), ch(['From DBeaver history, the query my colleague ran:', 'Is this query in Redshift history (STL_QUERYTEXT) a problem?']))
    return 'sql', pre + '\n\n' + q + '\n-- query id %d, pid %d' % (ri(10**6, 10**8), ri(1000, 99999)), c.sec

@tpl('card_number')
def t_card_wrapped(L, leak):
    c = C(leak); pan = card_raw()
    if leak:
        half = ri(6, 10)
        v = pan[:half] + '\n' + pan[half:]
        body = T(L, 'Dal campo "note" del ticket dell\'utente (copiato com\'era, andava a capo):\n\n> il pagamento con la carta %s\n> non va, scadenza %s' % (c.add('card_number', v), exp()),
                 'From the user\'s "notes" field (copied as is, it wrapped):\n\n> payment with card %s\n> does not go through, expiry %s' % (c.add('card_number', v), exp()))
    else:
        body = T(L, 'Dal campo "note" del ticket dell\'utente:\n\n> il pagamento con la carta che finisce per\n> %s non va, scadenza %s' % (rs(4, DG), exp()), 'From the user\'s "notes" field:\n\n> payment with the card ending in\n> %s does not go through, expiry %s' % (rs(4, DG), exp()))
    return 'ticket', body, c.sec

@tpl('pin')
def t_pin_prose(L, leak):
    c = C(leak); p = cardpin(); pan4 = rs(4, DG)
    if leak:
        txt = T(L, 'Nel CSV del call center c\'è una colonna "note" dove gli operatori hanno scritto cose come "carta ...%s, il cliente dice che il PIN è %s ma viene rifiutato". Come lo gestiamo nel DWH?' % (pan4, c.add('pin', p)),
                'In the call-centre CSV there is a "notes" column where agents wrote things like "card ...%s, customer says the PIN is %s but it gets declined". How do we handle that in the DWH?' % (pan4, c.add('pin', p)))
    else:
        txt = T(L, 'Nel CSV del call center la colonna "note" a volte contiene riferimenti al PIN ("PIN bloccato dopo 3 tentativi"), senza il codice. Va classificata come dato sensibile?', 'In the call-centre CSV the "notes" column sometimes mentions the PIN ("PIN blocked after 3 tries"), without the code. Should it be classified as sensitive?')
    return 'ticket', txt, c.sec

@tpl('iban')
def t_iban_prose(L, leak):
    c = C(leak); ib = fmt_iban(iban_for(L), ch([0, 2, 3]))
    if leak:
        txt = T(L, ch(['buongiorno, il payout verso %s non arriva da 5 giorni. L\'IBAN che abbiamo in anagrafica è %s, intestato a %s. Potete verificare?' % (comp(L), c.add('iban', ib), fullname(L)),
                       'scusate sono dell\'ufficio analisi, non sviluppatrice. Nel report vedo l\'iban %s due volte con due importi diversi, è normale??' % c.add('iban', ib)]),
                ch(['hello, the payout to %s has not arrived for 5 days. The IBAN on file is %s, held by %s. Could you check?' % (comp(L), c.add('iban', ib), fullname(L)),
                    "sorry I'm on the analysis team, not a developer. In the report I see iban %s twice with two different amounts, is that normal??" % c.add('iban', ib)]))
    else:
        txt = T(L, 'buongiorno, il payout %s verso %s non arriva da 5 giorni (IBAN che finisce con %s, BIC %s). Potete verificare?' % ('po_' + rs(20), comp(L), ib.replace(' ', '')[-4:], ch(BICS)),
                'hello, payout %s to %s has not arrived for 5 days (IBAN ending %s, BIC %s). Could you check?' % ('po_' + rs(20), comp(L), ib.replace(' ', '')[-4:], ch(BICS)))
    return 'ticket', txt, c.sec


@tpl('bank_account')
def t_bank_sql(L, leak):
    c = C(leak); rows = []
    for i in range(ri(2, 4)):
        cin, abi, cab, conto = it_parts()
        rows.append("(%d, '%s', '%s', '%s', '%s', '%s')" % (ri(1, 99999), fullname(L).replace("'", "''"), abi, cab, c.v('bank_account', conto, '****' + conto[-4:]), cin))
    sql = "INSERT INTO legacy.anagrafica_fornitori (id, ragione_sociale, abi, cab, conto, cin) VALUES\n" + ',\n'.join(rows) + ';'
    pre = T(L, 'Dal vecchio gestionale (prima dell\'IBAN obbligatorio) esportiamo ancora così:', 'From the old back office (pre-mandatory IBAN) we still export like this:')
    return 'sql', pre + '\n\n' + sql, c.sec

@tpl('bank_account')
def t_bank_json(L, leak):
    c = C(leak); k = ri(0, 2)
    if k == 0:
        acct = rs(8, DG); rec = {'payee_id': 'pye_' + rs(14, LO + DG), 'country': 'GB', 'sort_code': sortcode().replace('-', ''), 'account_number': c.v('bank_account', acct, '****' + acct[-4:]), 'name': fullname('en')}
    elif k == 1:
        blz = rs(8, DG); kto = rs(ri(7, 10), DG); rec = {'payee_id': 'pye_' + rs(14, LO + DG), 'country': 'DE', 'bankleitzahl': blz, 'kontonummer': c.v('bank_account', kto, 'XXXX' + kto[-3:]), 'name': fullname('en')}
    else:
        ccc = es_ccc(); rec = {'payee_id': 'pye_' + rs(14, LO + DG), 'country': 'ES', 'ccc': c.v('bank_account', ccc, ccc[:8] + '**' + '*' * 6 + ccc[-4:]), 'name': fullname('en')}
    body = json.dumps({'_airbyte_raw_id': uid(), '_airbyte_extracted_at': ts() + 'Z', '_airbyte_data': json.dumps(rec)}, indent=ch([None, 2]))
    pre = T(L, 'Riga grezza dalla tabella _airbyte_raw_payees (il campo data è JSON dentro JSON):', 'Raw row from _airbyte_raw_payees (the data field is JSON inside JSON):')
    return 'json', pre + '\n' + body, c.sec

@tpl('cvv')
def t_cvv_log(L, leak):
    c = C(leak); pan = card_raw(); cv = cvv()
    body = json.dumps({'amount': ri(100, 99999), 'currency': 'EUR', 'source': {'number': c.v('card_number', pan, mask_card(pan, 1)), 'cvc': c.v('cvv', cv, '***'), 'exp': exp()}})
    log = '%s DEBUG PaymentsClient - POST https://%s/v1/charges body=%s\n%s INFO PaymentsClient - 402 card_declined (request_id=req_%s)' % (ts_sp(), prov()[1], body, ts_sp(), rs(14))
    pre = T(L, 'Log del job di replay dei pagamenti falliti (Spark, livello DEBUG acceso per sbaglio):', 'Failed-payment replay job log (Spark, DEBUG left on by mistake):')
    return 'log', pre + '\n\n' + log, c.sec

@tpl('cvv')
def t_cvv_sheet(L, leak):
    c = C(leak)
    hdr = T(L, 'Foglio "verifiche_chargeback" (Google Sheets, scaricato come TSV)\n\n\t\tDati carta\t\t\tEsito\nriga\tcliente\tnumero\tscad.\tcod. sicurezza\t', 'Sheet "chargeback_checks" (Google Sheets, downloaded as TSV)\n\n\t\tCard data\t\t\tOutcome\nrow\tcustomer\tnumber\texp\tsecurity code\t')
    rows = []
    for i in range(ri(2, 4)):
        pan = card(ch([0, 1]))
        rows.append('%d\t%s\t%s\t%s\t%s\t%s' % (i + 2, fullname(L), c.v('card_number', pan, mask_card()), exp(), c.v('cvv', cvv(), 'n/d'), ch(['OK', 'KO', 'da verificare' if L == 'it' else 'to check'])))
    return 'tsv', hdr + '\n' + '\n'.join(rows), c.sec

@pas
def p_spark_refs(L):
    lines = ['spark.databricks.delta.preview.enabled true', 'spark.hadoop.fs.s3a.access.key {{secrets/aws/access-key-id}}', 'spark.hadoop.fs.s3a.secret.key {{secrets/aws/secret-access-key}}', 'spark.snowflake.pem_private_key {{secrets/snowflake/pem}}', 'spark.provider.api.token {{secrets/provider/token}}', 'spark.sql.session.timeZone Europe/Rome']
    pre = T(L, 'La Spark config del cluster usa solo riferimenti al secret scope:', 'The cluster Spark config only uses secret-scope references:')
    return 'spark-conf', pre + '\n' + '\n'.join(lines)

@pas
def p_airflow_conn_list(L):
    rows = ['id | conn_id          | conn_type | host                       | schema | login      | password | port', '---+------------------+-----------+----------------------------+--------+------------+----------+-----']
    for i in range(ri(3, 5)):
        rows.append('%2d | %-16s | %-9s | %-26s | %-6s | %-10s | %-8s | %d' % (i + 1, ch(DBS) + '_' + ch(['ro', 'rw', 'prod']), ch(['postgres', 'mysql', 'http']), ch(HOSTS)[:26], ch(DBS)[:6], ch(USERS)[:10], ch(['***', '', 'None']), ch([5432, 3306, 443])))
    pre = T(L, '`airflow connections list` (le password vengono mascherate):', '`airflow connections list` (passwords are masked):')
    return 'shell', pre + '\n\n' + '\n'.join(rows)

@pas
def p_tableau_prose(L):
    txt = T(L, 'Abbiamo creato un Personal Access Token in Tableau Cloud (nome "estrattore-%s") per il job di refresh; il segreto è in Vault e il token scade il %s. Con il vostro connettore Web Data Connector però il refresh dà "401 Unauthorized" (correlation id %s). Serve un token diverso?' % (rs(4, LO), dt(), uid()),
            'We created a Personal Access Token in Tableau Cloud (name "extractor-%s") for the refresh job; the secret is in Vault and expires on %s. With your Web Data Connector the refresh gives "401 Unauthorized" (correlation id %s). Do we need a different token?' % (rs(4, LO), dt(), uid()))
    return 'ticket', txt

# ================================================================ wrapping
SUBJ_IT = ['Errore estrazione giornaliera', 'Connettore bloccato', 'Problema con export settlement', 'Domanda su dati payout', 'URGENTE: pipeline ferma', 'dbt fallisce dopo vostro rilascio', 'Richiesta supporto integrazione dati', 'Dati mancanti nel report', 'Differenze riconciliazione']
SUBJ_EN = ['Daily extract failing', 'Connector stuck', 'Settlement export issue', 'Question on payout data', 'URGENT: pipeline down', 'dbt broke after your release', 'Data integration support request', 'Missing data in report', 'Reconciliation mismatch']
SIG_IT = ['Grazie,\n%s\nData Engineering – %s', 'Cordiali saluti\n%s | Ufficio Analisi | %s', 'ciao\n%s', '%s\nBI Team, %s\nInviato da Outlook']
SIG_EN = ['Thanks,\n%s\nData Engineering – %s', 'Best regards\n%s | Analytics | %s', 'cheers\n%s', '%s\nBI team, %s']
def wrap(L, text):
    k = ri(0, 4)
    if k == 0: return text
    who = person(L); co = comp(L)
    sig = ch(SIG_IT if L == 'it' else SIG_EN)
    sig = sig % ((who, co) if sig.count('%s') == 2 else (who,))
    if k == 1:
        return T(L, 'Oggetto: ', 'Subject: ') + ch(SUBJ_IT if L == 'it' else SUBJ_EN) + '\n\n' + T(L, ch(['Buongiorno,', 'Salve,', 'Ciao,']), ch(['Hello,', 'Hi team,', 'Hi,'])) + '\n' + text + '\n\n' + sig
    if k == 2:
        return text + '\n\n' + sig
    if k == 3:
        return '[%s #%d] %s\n%s: %s\n\n%s' % (T(L, 'Ticket', 'Ticket'), ri(10000, 99999), ch(SUBJ_IT if L == 'it' else SUBJ_EN), T(L, 'Cliente', 'Customer'), co, text)
    g = T(L, ch(['Ciao! ', 'Buongiorno. ', 'Salve, ']), ch(['Hi! ', 'Morning. ', 'Hello, ']))
    if g.endswith(', ') and text[:1].isupper() and text[1:2].islower(): text = text[0].lower() + text[1:]
    return g + text + T(L, ch(['\n\ngrazie mille', '\n\nfatemi sapere', '']), ch(['\n\nthanks a lot', '\n\nlet me know', '']))

# ================================================================ main
import re
def bounded_ok(text, v):
    if len(v) > 8: return True
    if text.count(v) != 1: return False
    for m in re.finditer(re.escape(v), text):
        a, b = m.start(), m.end()
        if a > 0 and text[a - 1].isalnum(): return False
        if b < len(text) and text[b].isalnum(): return False
    return True

def make(fn, L, leak):
    for _ in range(40):
        if leak is None:
            st, text = fn(L); sec = []
        else:
            st, text, sec = fn(L, leak)
        text = wrap(L, text)
        seen = []; ok = True
        for k, v in sec:
            if (k, v) not in seen: seen.append((k, v))
        for k, v in seen:
            if v not in text or not bounded_ok(text, v): ok = False
        if leak and not seen: ok = False
        vals = [v for _, v in seen]
        if len(set(vals)) != len(vals): ok = False
        if ok:
            return st, text, [{'kind': k, 'value': v} for k, v in seen]
    raise RuntimeError('cannot make ' + fn.__name__)

def main():
    out = []
    KINDS = ['password', 'access_token', 'refresh_token', 'client_secret', 'private_key', 'vendor_key', 'card_number', 'cvv', 'iban', 'bank_account', 'pin']
    W = {'password': 1.5, 'vendor_key': 1.2, 'iban': 1.1}
    by = {k: [f for f, kk in TPL if kk == k] for k in KINDS}
    seq = []
    for k in KINDS:
        seq += [k] * int(round(680 / 11 * W.get(k, 0.95)))
    while len(seq) < 750: seq.append(ch(KINDS))
    seq = seq[:750]
    R.shuffle(seq)
    cnt = {}
    for i, k in enumerate(seq):
        L = 'it' if cnt.get(k, 0) % 2 == 0 else 'en'
        cnt[k] = cnt.get(k, 0) + 1
        fns = by[k]; fn = fns[cnt[k] % len(fns)] if maybe(0.6) else ch(fns)
        out.append((L, make(fn, L, True)))
    allt = [f for f, _ in TPL]
    for i in range(850):
        L = 'it' if i % 2 == 0 else 'en'
        if i % 20 < 9:
            fn = allt[(i // 2) % len(allt)] if maybe(0.7) else ch(allt)
            out.append((L, make(fn, L, False)))
        else:
            fn = PASS[(i // 2) % len(PASS)] if maybe(0.7) else ch(PASS)
            out.append((L, make(fn, L, None)))
    R.shuffle(out)
    n = {}
    with open('fresh27.jsonl', 'w', encoding='utf-8') as f:
        for L, (st, text, sec) in out:
            n[(st, L)] = n.get((st, L), 0) + 1
            rec = {'id': 'f27-%s-%s-%04d' % (st, L, n[(st, L)]), 'lang': L, 'style': st, 'text': text, 'secrets': sec}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
