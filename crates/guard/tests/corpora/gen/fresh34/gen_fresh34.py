#!/usr/bin/env python3
"""Generator for fresh34.jsonl -- "the wire in between: networks, proxies,
tunnels and TLS".  Standard library only, deterministic seed.

Texts are what network engineers, sysadmins, MSP technicians and developers
at integrators send to an API provider's developer-support desk about
connectivity: allowlists, corporate proxies, site-to-site VPNs, WireGuard/
OpenVPN, mTLS and keystores, TLS debugging, packet captures, WAF/firewall
logs, DNS, SFTP host-to-host, tunnels (cloudflared/ngrok/Tailscale), network
devices (Cisco/FortiGate/RADIUS/SNMP) -- with the words around them.
"""
import base64
import hashlib
import json
import random
import string
import sys
import urllib.parse
import uuid

SEED = 340034
R = random.Random(SEED)

N_TOTAL = 1600
N_SECRET = 750
N_PASS = 850

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64C = ALNUM + "+/"
B64U = ALNUM + "-_"


def ch(x):
    return R.choice(x)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def L(lang, it, en):
    v = it if lang == "it" else en
    if isinstance(v, (list, tuple)):
        return R.choice(v)
    return v


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def hexs(n, upper=False):
    return rs(HEXU if upper else HEXL, n)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def colon_hex(nbytes, upper=True):
    return ":".join(hexs(2, upper) for _ in range(nbytes))


def mac():
    sep = ch([":", "-", ":"])
    return sep.join(hexs(2, ch([True, False])) for _ in range(6))


# ------------------------------------------------------------------ network bits
def pub_ip():
    return ch([
        "203.0.113.%d" % R.randint(2, 250),
        "198.51.100.%d" % R.randint(2, 250),
        "192.0.2.%d" % R.randint(2, 250),
        "%d.%d.%d.%d" % (ch([31, 34, 35, 52, 54, 62, 79, 80, 81, 85, 87, 93, 94, 151, 185, 193, 212, 213, 217]),
                         R.randint(1, 254), R.randint(0, 254), R.randint(2, 250)),
    ])


def priv_ip():
    return ch([
        "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250)),
        "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250)),
        "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 250)),
    ])


def cidr():
    ip = pub_ip().rsplit(".", 1)[0]
    m = ch([24, 28, 29, 32, 27])
    return "%s.%d/%d" % (ip, 0 if m < 32 else R.randint(2, 250), m)


def port():
    return ch([443, 8443, 8080, 3128, 22, 2222, 500, 4500, 51820, 1194, 9443, 6443])


CORP = ["acme-logistica", "fratelli-rossi", "techno-pay", "ortofrutta-bianchi", "northwind", "bluebay-travel",
        "contoverde", "mediterranea-viaggi", "farmacie-unite", "brightside-energy", "zenit-assicurazioni",
        "kestrel-retail", "lagopay", "officine-moretti", "harbourline", "dolomiti-sport", "orbita-telecom",
        "greenfield-utilities", "sunmarket", "calypso-hotels"]
PROV = [("paygrid", "api.paygrid.io"), ("contoaperto", "api.contoaperto.it"), ("fidelio", "gw.fideliopay.com"),
        ("sportapi", "api.bancaponte.it"), ("nodopay", "api.nodopay.eu"), ("ledgerline", "api.ledgerline.co.uk")]
NAMES_IT = ["Marco Bellini", "Giulia Ferri", "Luca Esposito", "Sara Colombo", "Davide Greco", "Chiara Rinaldi",
            "Paolo Marchetti", "Francesca Galli", "Matteo Conti", "Elena Fontana", "Andrea Villa", "Roberta Sala",
            "Stefano Lombardi", "Valentina Moretti", "Nicola De Luca", "Ilaria Barbieri"]
NAMES_EN = ["James Whitaker", "Priya Shah", "Tom Gallagher", "Hannah Reid", "Oliver Brooks", "Aisha Khan",
            "Daniel Novak", "Sophie Turner", "Liam O'Connor", "Grace Ellis", "Ravi Menon", "Emma Lindqvist",
            "Ben Carter", "Chloe Martin", "Noah Fischer", "Zoe Adams"]


def corp():
    return ch(CORP)


def prov():
    return ch(PROV)


def person(lang):
    return ch(NAMES_IT if lang == "it" else NAMES_EN)


def user_name():
    return ch(["svc_", "svc-", "", "u", "proxy_", "nw."]) + ch(["paygrid", "integra", "batch", "mrossi", "gbianchi",
                                                                 "jwhitaker", "pshah", "apiout", "egress", "h2h",
                                                                 "netops", "tpp01", "bridge", "payouts"])


def host(p=None):
    return ch(["proxy", "squid", "gw", "fw", "egress", "bluecoat", "zscaler", "px"]) + ch(["01", "-mi", "-lon", "", "2"]) \
        + "." + (p or corp()).replace("-", "") + ch([".local", ".lan", ".corp", ".it", ".co.uk", ".internal"])


# ------------------------------------------------------------------ secret values
WORDS = ["Milano", "Torino", "Vesuvio", "Gatto", "Laguna", "Sirena", "Falco", "Orso", "Tramonto", "Ponte", "Nebbia",
         "Harbour", "Falcon", "Granite", "Meadow", "Copper", "Thistle", "Lantern", "Bramble", "Cobalt", "Pepper",
         "Rondine", "Scoglio", "Ginepro", "Ottobre", "Winter", "Summit", "Quarry", "Velvet"]
SYMS = "!#$*?&+=.-_%"


def password(url_safe=False):
    f = R.randint(0, 6)
    s = "!#*?+=.-_" if url_safe else SYMS
    if f == 0:
        p = ch(WORDS) + ch(s) + str(R.randint(1, 2026)) + ch(WORDS).lower()
    elif f == 1:
        p = rs(ALNUM + s, R.randint(12, 20))
    elif f == 2:
        p = ch(WORDS) + str(R.randint(10, 99)) + ch(s) + ch(WORDS)
    elif f == 3:
        p = "".join(c if R.random() > .3 else {"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"}.get(c, c)
                    for c in (ch(WORDS) + ch(WORDS)).lower()) + ch(s) + str(R.randint(0, 99))
    elif f == 4:
        p = rs(ALNUM, R.randint(10, 16)) + ch(s) + rs(DG, 2)
    elif f == 5:
        p = "-".join(ch(WORDS).lower() for _ in range(3)) + str(R.randint(1, 9))
    else:
        p = ch(UP) + rs(LO, 5) + ch(s) + rs(DG, 4) + ch(s) + rs(UP, 2)
    if url_safe:
        p = p.replace("$", "S").replace("%", "P").replace("&", "e")
    return p


def psk():
    return ch([rs(ALNUM, R.randint(24, 48)), rs(ALNUM + "._-", 32), password() + rs(ALNUM, 6), b64(24),
               hexs(64)])


def otp():
    return "%06d" % R.randint(0, 999999)


def wg_key():
    return b64(32)


def jwt(sub=None, extra=None):
    hdr = {"alg": ch(["RS256", "ES256", "PS256", "HS256"]), "typ": "JWT", "kid": hexs(16)}
    now = R.randint(1760000000, 1795000000)
    pl = {"iss": "https://auth." + prov()[1].split(".", 1)[1], "sub": sub or uid(), "aud": "payments",
          "scope": ch(["payments:write", "accounts:read payments:read", "payouts", "webhooks:manage"]),
          "iat": now, "exp": now + ch([300, 900, 3600])}
    if extra:
        pl.update(extra)
    e = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return e(hdr) + "." + e(pl) + "." + b64url(ch([64, 96, 256]))


def prov_key(live=None):
    live = ch(["live", "live", "test", "sbx"]) if live is None else live
    return ch(["pg_%s_" % live + rs(ALNUM, 32), "ca_%s_" % live + rs(ALNUM, 40), "fp-%s-" % live + hexs(32),
               "npk_%s_" % live + rs(ALNUM, 28), "ll_%s_" % live + b64url(24)])


def bearer():
    return ch([jwt(), prov_key(), rs(ALNUM, 48), b64url(32), "at_" + rs(ALNUM, 40)])


def client_secret():
    return ch([rs(ALNUM, 40), b64url(32), rs(ALNUM + "-_.~", 36), hexs(48), "cs_" + rs(ALNUM, 32)])


def refresh_tok():
    return ch(["rt_" + rs(ALNUM, 48), b64url(48), rs(ALNUM, 64), "rft." + b64url(40)])


def client_id(p=None):
    return ch([(p or corp()) + ch(["-prod", "-sandbox", "-pay", "-h2h", "-payouts"]), uid(), "cli_" + rs(LO + DG, 20),
               rs(LO + DG, 24)])


def pem_body(nb):
    raw = base64.b64encode(bytes(R.getrandbits(8) for _ in range(nb))).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def pem_key():
    t = ch(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    nb = {"EC PRIVATE KEY": 121, "RSA PRIVATE KEY": R.choice([609, 1190]), "PRIVATE KEY": R.choice([138, 1218])}[t]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (t, pem_body(nb), t)


def openssh_key():
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + \
        pem_body(290) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem():
    return "-----BEGIN CERTIFICATE-----\nMII" + pem_body(R.choice([700, 900]))[3:] + "\n-----END CERTIFICATE-----"


def pub_pem():
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + pem_body(230)[44:] + \
        "\n-----END PUBLIC KEY-----"


def csr_pem():
    return "-----BEGIN CERTIFICATE REQUEST-----\nMII" + pem_body(R.choice([600, 700]))[3:] + \
        "\n-----END CERTIFICATE REQUEST-----"


def ssh_pub():
    t = ch(["ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256"])
    body = {"ssh-ed25519": "AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(32)[:43],
            "ssh-rsa": "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + b64(380).rstrip("="),
            "ecdsa-sha2-nistp256": "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + b64(64).rstrip("=")}[t]
    return t + " " + body


def sha256_fp():
    return "SHA256:" + b64(32).rstrip("=")


def bcrypt():
    return "$2%s$%02d$" % (ch(["a", "b", "y"]), ch([10, 12])) + rs(ALNUM + "./", 53)


def sha512crypt():
    return "$6$" + rs(ALNUM, 16) + "$" + rs(ALNUM + "./", 86)


def apr1():
    return "$apr1$" + rs(ALNUM, 8) + "$" + rs(ALNUM + "./", 22)


def cisco_hash(t):
    if t == 5:
        return "$1$" + rs(ALNUM, 4) + "$" + rs(ALNUM + "./", 22)
    if t == 8:
        return "$8$" + rs(ALNUM, 14) + "$" + rs(ALNUM + "./", 43)
    return "$9$" + rs(ALNUM, 14) + "$" + rs(ALNUM + "./", 43)


def cisco7(pw):
    xlat = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"
    seed = R.randint(0, 15)
    out = "%02d" % seed
    for i, c in enumerate(pw):
        out += "%02X" % (ord(c) ^ ord(xlat[(seed + i) % len(xlat)]))
    return out


def forti_enc():
    return "ENC " + b64(R.choice([60, 72, 96]))


# ------------------------------------------------------------------ banking
def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(n):
    n = "".join(c for c in n if c.isdigit())
    return luhn_digit(n[:-1]) == n[-1]


CARD_PFX = [("4111", 16), ("4242", 16), ("4000", 16), ("4539", 16), ("4716", 16), ("5555", 16), ("5105", 16),
            ("5200", 16), ("2223", 16), ("5425", 16), ("3782", 15), ("3714", 15), ("6011", 16), ("3566", 16)]


def card_digits(valid=True):
    p, n = ch(CARD_PFX)
    body = p + rs(DG, n - len(p) - 1)
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return body + d


def fmt_card(d):
    if len(d) == 15:
        sep = ch([" ", "", "-"])
        return d[:4] + sep + d[4:10] + sep + d[10:]
    style = R.randint(0, 6)
    if style == 0:
        return d
    sep = {1: " ", 2: "-", 3: ".", 4: " ", 5: "  ", 6: " - "}[style]
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def card(valid=True):
    return fmt_card(card_digits(valid))


def expiry():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))


def cvv(amex=False):
    return rs(DG, 4 if amex else 3)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def it_cin(bban22):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, c in enumerate(bban22):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def bank_parts(cc):
    if cc == "IT":
        abi = ch(["03069", "02008", "05034", "03062", "01030", "05387", "08327", "03268"]) 
        cab = rs(DG, 5)
        conto = rs(DG, 12) if R.random() < .6 else "0000" + rs(DG, 8)
        cin = it_cin(abi + cab + conto)
        return {"cin": cin, "abi": abi, "cab": cab, "conto": conto, "bban": cin + abi + cab + conto}
    if cc == "DE":
        blz = ch(["10070000", "50010517", "37040044", "20041133", "76026000", "12030000"])
        kto = rs(DG, 10) if R.random() < .5 else "00" + rs(DG, 8)
        return {"blz": blz, "kto": kto, "bban": blz + kto}
    if cc == "GB":
        bank = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"])
        sort = rs(DG, 6)
        acct = rs(DG, 8)
        return {"bank": bank, "sort": sort, "acct": acct, "bban": bank + sort + acct}
    if cc == "FR":
        b, g, c = rs(DG, 5), rs(DG, 5), rs(DG, 11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
        k = "%02d" % key
        return {"banque": b, "guichet": g, "compte": c, "cle": k, "bban": b + g + c + k}
    if cc == "ES":
        e, o, c = ch(["2100", "0049", "0182", "2085", "0081"]), rs(DG, 4), rs(DG, 10)
        dc = "%d%d" % (es_dc("00" + e + o), es_dc(c))
        return {"entidad": e, "oficina": o, "dc": dc, "cuenta": c, "bban": e + o + dc + c}
    if cc == "NL":
        bank = ch(["ABNA", "INGB", "RABO"])
        return {"bban": bank + rs(DG, 10)}
    bank = rs(DG, 3)
    return {"bban": bank + rs(DG, 7) + "%02d" % R.randint(1, 96)}


def iban_from(cc, parts, valid=True):
    k = iban_check(cc, parts["bban"])
    if not valid:
        k = "%02d" % ((int(k) + R.randint(1, 60)) % 97 + 2 if int(k) > 2 else int(k) + 3)
        if k == iban_check(cc, parts["bban"]):
            k = "%02d" % ((int(k) + 1) % 98 or 2)
    return cc + k + parts["bban"]


def fmt_iban(s):
    if R.random() < .5:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(cc=None, valid=True):
    cc = cc or ch(["IT", "IT", "IT", "DE", "GB", "FR", "ES", "NL", "BE"])
    return fmt_iban(iban_from(cc, bank_parts(cc), valid))


def iban_valid(s):
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


BIC = ["BCITITMM", "UNCRITMM", "BPMOIT22", "DEUTDEFF", "COBADEFFXXX", "NWBKGB2L", "BARCGB22", "BNPAFRPP",
       "CAIXESBB", "INGBNL2A", "GEBABEBB", "SELBIT2B"]


# ------------------------------------------------------------------ prose
GREET = {"it": ["Buongiorno,", "Ciao,", "Salve,", "Buonasera,", "Gentile supporto,", "Ciao team,", "Buongiorno a tutti,",
                "", "", "Spett.le assistenza,", "Ciao ragazzi,"],
         "en": ["Hi,", "Hello,", "Hi team,", "Good morning,", "Dear support,", "Hey,", "Hello support team,", "", "",
                "Hi there,", "Afternoon all,"]}
SIGN = {"it": ["Grazie,\n{n}", "Saluti\n{n}", "Grazie mille, {n}", "{n}\nUfficio Reti - {c}", "Cordiali saluti,\n{n}\n{c}",
               "", "grazie", "Attendo riscontro.\n{n}", "{n} (sistemista, {c})", "Buona giornata\n--\n{n}\nIT Infrastructure | {c}",
               "Grazie in anticipo"],
        "en": ["Thanks,\n{n}", "Cheers\n{n}", "Many thanks, {n}", "{n}\nNetwork Ops - {c}", "Kind regards,\n{n}\n{c}", "",
               "thx", "Looking forward to your reply.\n{n}", "{n} (infra, {c})", "Best\n--\n{n}\nPlatform team | {c}",
               "Thanks in advance"]}


def compose(lang, intro, body, outro=None, greet=True, sign=True):
    parts = []
    if greet:
        g = ch(GREET[lang])
        if g:
            parts.append(g)
    parts.append(intro)
    if body:
        parts.append(body)
    if outro:
        parts.append(outro)
    if sign:
        s = ch(SIGN[lang]).format(n=person(lang), c=corp())
        if s:
            parts.append(s)
    return "\n\n".join(p for p in parts if p is not None)


def fence(body, lang_hint=""):
    return ch(["```%s\n%s\n```" % (lang_hint, body), body, "----\n%s\n----" % body, body, "    " +
               body.replace("\n", "\n    ")]) if "\n" not in body or R.random() < .8 else body


def fence_safe(body, lang_hint=""):
    # never indents (keeps multi-line values verbatim)
    return ch(["```%s\n%s\n```" % (lang_hint, body), body, "----\n%s\n----" % body, body])


TEMPLATES = {"S": [], "P": []}


def S(style):
    def deco(f):
        TEMPLATES["S"].append((f.__name__, style, f))
        return f
    return deco


def P(style):
    def deco(f):
        TEMPLATES["P"].append((f.__name__, style, f))
        return f
    return deco


PW_WORD = {"it": ["password", "pwd", "la password", "pass", "parola chiave"],
           "en": ["password", "pwd", "pass", "passwd", "the password"]}
FOREIGN_PW = ["Kennwort", "Passwort", "mot de passe", "contraseña", "clave"]

# ================================================================== SECRET TEMPLATES


@S("shell")
def s_proxy_env(lang):
    u, pw = user_name(), password(url_safe=R.random() < .7)
    enc = urllib.parse.quote(pw, safe="") if R.random() < .8 else pw
    h = host()
    pt = ch([8080, 3128, 80, 8081, 9090])
    p, api = prov()
    url = "http://%s:%s@%s:%d" % (u, enc, h, pt)
    form = R.randint(0, 4)
    if form == 0:
        body = "export HTTPS_PROXY=%s\nexport HTTP_PROXY=%s\nexport NO_PROXY=localhost,127.0.0.1,.%s" % (url, url, h.split(".", 1)[1])
    elif form == 1:
        body = "# ~/.bashrc\nexport https_proxy=\"%s\"\nexport no_proxy=\"169.254.169.254,.svc,.cluster.local\"" % url
    elif form == 2:
        body = "[Service]\nEnvironment=\"HTTPS_PROXY=%s\"\nEnvironment=\"NO_PROXY=%s\"" % (url, priv_ip())
    elif form == 3:
        body = "FROM python:3.12-slim\nENV HTTPS_PROXY=%s \\\n    HTTP_PROXY=%s\nRUN pip install %s-sdk" % (url, url, p)
    else:
        body = "C:\\> set HTTPS_PROXY=%s\nC:\\> curl -sS https://%s/v1/ping\ncurl: (56) CONNECT tunnel failed, response 407" % (url, api)
    intro = L(lang, ["siamo dietro il proxy aziendale e le chiamate verso %s vanno in timeout. Questa è la configurazione che usiamo sul server:" % api,
                     "dal nostro server di integrazione non riusciamo a raggiungere %s. Il proxy è configurato così:" % api,
                     "vi incollo l'ambiente del container, forse vedete voi cosa manca per uscire verso le vostre API:",
                     "il CONNECT verso la vostra API fallisce con 407, eppure l'utente del proxy è giusto. Ecco le variabili:"],
                 ["we sit behind a corporate proxy and calls to %s time out. This is what we set on the box:" % api,
                  "our integration server can't reach %s. Proxy settings below:" % api,
                  "pasting the container environment, maybe you can spot what's missing to get out to your API:",
                  "CONNECT to your API fails with a 407 although the proxy user is correct. Here are the variables:"])
    outro = L(lang, ["Il proxy richiede autenticazione basic. Da browser funziona.", "Il dominio è già in whitelist sul proxy, ci hanno detto.", None],
              ["The proxy needs basic auth. From a browser it works fine.", "Our proxy team says your domain is already allowlisted.", None])
    return compose(lang, intro, fence(body, "bash"), outro), [("password", enc)]


@S("shell")
def s_java_proxy(lang):
    u, pw = user_name(), password()
    ks = password()
    p, api = prov()
    parts = ["-Dhttps.proxyHost=%s" % host(), "-Dhttps.proxyPort=%d" % ch([8080, 3128]), "-Dhttps.proxyUser=%s" % u,
             "-Dhttps.proxyPassword=%s" % pw]
    sec = [("password", pw)]
    if R.random() < .6:
        parts += ["-Djavax.net.ssl.keyStore=/opt/%s/mtls/client.p12" % p, "-Djavax.net.ssl.keyStoreType=PKCS12",
                  "-Djavax.net.ssl.keyStorePassword=%s" % ks]
        sec.append(("password", ks))
    if R.random() < .5:
        parts.append("-Djdk.http.auth.tunneling.disabledSchemes=\"\"")
    form = R.randint(0, 2)
    if form == 0:
        body = "JAVA_OPTS=\"%s\"" % " ".join(parts)
    elif form == 1:
        body = "java \\\n  " + " \\\n  ".join(parts) + " \\\n  -jar payments-connector.jar"
    else:
        body = "# setenv.sh (Tomcat)\nCATALINA_OPTS=\"$CATALINA_OPTS " + " ".join(parts) + "\""
    intro = L(lang, ["il connettore Java verso %s si blocca sull'handshake quando passa dal proxy. Questi sono i parametri JVM:" % api,
                     "abbiamo aggiornato a Java 17 e ora il tunnel verso le vostre API non si apre più. Parametri di avvio:",
                     "errore \"Unable to tunnel through proxy. Proxy returns HTTP/1.1 407\". Avviamo così:"],
                 ["our Java connector to %s hangs at handshake when going through the proxy. JVM params:" % api,
                  "after upgrading to Java 17 the tunnel to your API doesn't open any more. Startup flags:",
                  "getting \"Unable to tunnel through proxy. Proxy returns HTTP/1.1 407\". We start it like this:"])
    return compose(lang, intro, fence(body, "bash")), sec


@S("config")
def s_pkg_proxy(lang):
    u, pw = user_name(), password(url_safe=True)
    h, pt = host(), ch([8080, 3128])
    form = R.randint(0, 4)
    if form == 0:
        body = "# .npmrc\nregistry=https://registry.npmjs.org/\nproxy=http://%s:%s@%s:%d/\nhttps-proxy=http://%s:%s@%s:%d/\nstrict-ssl=false" % (u, pw, h, pt, u, pw, h, pt)
    elif form == 1:
        body = "# /etc/pip.conf\n[global]\nproxy = http://%s:%s@%s:%d\ntrusted-host = pypi.org files.pythonhosted.org" % (u, pw, h, pt)
    elif form == 2:
        body = "$ git config --global http.proxy http://%s:%s@%s:%d\n$ git clone https://github.com/%s/%s-python-sdk\nfatal: unable to access: SSL certificate problem: self signed certificate in certificate chain" % (u, pw, h, pt, prov()[0], prov()[0])
    elif form == 3:
        body = "# /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://%s:%s@%s:%d/\";\nAcquire::https::Proxy \"http://%s:%s@%s:%d/\";" % (u, pw, h, pt, u, pw, h, pt)
    else:
        body = "# ~/.m2/settings.xml\n<proxies>\n  <proxy>\n    <id>corp</id>\n    <active>true</active>\n    <protocol>http</protocol>\n    <host>%s</host>\n    <port>%d</port>\n    <username>%s</username>\n    <password>%s</password>\n  </proxy>\n</proxies>" % (h, pt, u, pw)
    intro = L(lang, ["non riusciamo neanche a installare il vostro SDK, il proxy blocca. Config attuale:",
                     "l'installazione del pacchetto fallisce con errore di certificato. Vi giro la configurazione del proxy:",
                     "domanda forse banale: l'SDK si scarica solo da registry pubblico? Noi usciamo così:"],
                 ["we can't even install your SDK, the proxy gets in the way. Current config:",
                  "package install fails with a certificate error. Here's our proxy config:",
                  "maybe a silly question: is the SDK only on the public registry? We go out like this:"])
    return compose(lang, intro, fence(body)), [("password", pw)]


@S("shell")
def s_curl_proxy_user(lang):
    u, pw = user_name(), password(url_safe=True)
    p, api = prov()
    tok = bearer()
    blob = base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()
    h = host()
    rid = uid()
    body = ("$ curl -v -x http://%s:3128 --proxy-user %s:%s -H \"Authorization: Bearer %s\" https://%s/v2/payments?limit=1\n"
            "*   Trying %s:3128...\n* Connected to %s (%s) port 3128\n* allocate connect buffer\n"
            "* Proxy auth using Basic with user '%s'\n* Establish HTTP proxy tunnel to %s:443\n"
            "> CONNECT %s:443 HTTP/1.1\n> Host: %s:443\n> Proxy-Authorization: Basic %s\n> User-Agent: curl/8.5.0\n>\n"
            "< HTTP/1.1 200 Connection established\n<\n* CONNECT phase completed\n* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n"
            "* OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to %s:443\n* Closing connection\n"
            "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to %s:443") % (
        h, u, pw, tok, api, priv_ip(), h, priv_ip(), u, api, api, api, blob, api, api)
    intro = L(lang, ["il tunnel si apre ma poi l'handshake TLS muore. Output completo di curl -v:",
                     "vi mando il verbose di curl, secondo il nostro firewall il traffico esce regolarmente:",
                     "riprodotto con curl (request id lato nostro %s):" % rid],
              ["the tunnel opens and then the TLS handshake dies. Full curl -v output:",
               "sending the curl verbose; our firewall says the traffic leaves normally:",
               "reproduced with curl (our request id %s):" % rid])
    return compose(lang, intro, fence(body, "console")), [("client_secret", "%s:%s" % (u, pw)), ("client_secret", blob), ("access_token", tok)]


@S("config")
def s_cntlm_squid(lang):
    form = R.randint(0, 2)
    u, pw = user_name(), password()
    if form == 0:
        body = "# /etc/cntlm.conf\nUsername\t%s\nDomain\t\t%s\nPassword\t%s\nProxy\t\t%s:8080\nNoProxy\t\tlocalhost, 127.0.0.*, 10.*\nListen\t\t3128" % (
            u, ch(["CORP", "GRUPPO", "EMEA", "AD"]), pw, host())
        sec = [("password", pw)]
        intro = L(lang, ["usiamo cntlm davanti al proxy NTLM aziendale. Con le vostre API si pianta sul CONNECT. Config:",
                         "il nostro proxy vuole NTLM, abbiamo messo cntlm in mezzo. Ecco il file:"],
                  ["we run cntlm in front of the corporate NTLM proxy. It hangs on CONNECT for your API. Config:",
                   "our proxy wants NTLM, so cntlm sits in between. Here's the file:"])
    elif form == 1:
        pair = "%s:%s" % (u, pw)
        body = "# squid.conf (parent proxy)\ncache_peer %s parent 8080 0 no-query default login=%s\nnever_direct allow all\nacl paygrid dstdomain .%s\nhttp_access allow paygrid" % (
            host(), pair, prov()[1].split(".", 1)[1])
        sec = [("client_secret", pair)]
        intro = L(lang, ["abbiamo uno squid locale che inoltra al proxy della capogruppo. Le chiamate ai webhook di test escono, quelle alle API no:",
                         "config dello squid che fa da parent proxy:"],
                  ["we have a local squid forwarding to the group's proxy. Test webhooks go out, API calls don't:",
                   "squid parent proxy config:"])
    else:
        body = "[proxy]\nurl = %s:%d\nauth = basic\nuser = %s\n%s = %s" % (host(), ch([8080, 3128]), u, ch(["password", "pass", "secret"]), pw)
        sec = [("password", pw)]
        intro = L(lang, ["il client batch legge il proxy da questo ini:", "dal file di configurazione del nostro gateway di uscita:"],
                  ["the batch client reads the proxy from this ini:", "from our egress gateway's config file:"])
    return compose(lang, intro, fence(body)), sec


@S("form")
def s_ipsec_form(lang):
    k = psk()
    p, api = prov()
    lp, rp = pub_ip(), pub_ip()
    lines_it = ["Referente tecnico: %s" % person(lang), "Peer IP (nostro): %s" % lp, "Peer IP (vostro): %s" % rp,
                "Encryption domain locale: %s" % cidr(), "Fase 1: IKEv2, AES-256, SHA-256, DH group %s, lifetime 28800s" % ch([14, 19, 20, 21]),
                "Fase 2: ESP AES-256-GCM, PFS group %s, lifetime 3600s" % ch([14, 19, 20]),
                "%s: %s" % (ch(["Pre-shared key", "PSK", "Chiave condivisa", "Pre-Shared-Key (PSK)"]), k)]
    lines_en = ["Technical contact: %s" % person(lang), "Peer IP (ours): %s" % lp, "Peer IP (yours): %s" % rp,
                "Local encryption domain: %s" % cidr(), "Phase 1: IKEv2, AES-256, SHA-256, DH group %s, lifetime 28800s" % ch([14, 19, 20, 21]),
                "Phase 2: ESP AES-256-GCM, PFS group %s, lifetime 3600s" % ch([14, 19, 20]),
                "%s: %s" % (ch(["Pre-shared key", "PSK", "Shared secret", "Pre-Shared-Key (PSK)"]), k)]
    lines = lines_it if lang == "it" else lines_en
    if R.random() < .5:
        lines = [l.replace(": ", "\t", 1) for l in lines]
    body = "\n".join(lines)
    intro = L(lang, ["come da vostra richiesta vi compilo il modulo per il tunnel site-to-site verso l'ambiente host-to-host:",
                     "ecco i parametri del tunnel IPsec per il collegamento con %s, la PSK l'abbiamo generata noi:" % p,
                     "modulo VPN compilato (ticket CHG%07d):" % R.randint(1, 9999999)],
              ["as requested, here's the form for the site-to-site tunnel to the host-to-host environment:",
               "IPsec tunnel parameters for the %s link; we generated the PSK on our side:" % p,
               "VPN form filled in (change CHG%07d):" % R.randint(1, 9999999)])
    return compose(lang, intro, body), [("client_secret", k)]


@S("config")
def s_strongswan(lang):
    k = psk()
    a, b = pub_ip(), pub_ip()
    form = R.randint(0, 2)
    if form == 0:
        body = "# /etc/ipsec.secrets\n%s %s : PSK \"%s\"" % (a, b, k)
    elif form == 1:
        body = ("connections {\n  %s {\n    local_addrs = %s\n    remote_addrs = %s\n    version = 2\n    proposals = aes256-sha256-modp2048\n"
                "    local { auth = psk\n            id = %s }\n    remote { auth = psk\n             id = %s }\n  }\n}\nsecrets {\n  ike-1 {\n    id-1 = %s\n    secret = %s\n  }\n}") % (
            ch(["paygrid-h2h", "bank-tunnel", "payouts"]), a, b, a, b, b, ("0s" + k) if False else "\"%s\"" % k)
    else:
        body = "conn paygrid\n  left=%s\n  right=%s\n  authby=secret\n  ike=aes256-sha2_256-modp2048!\n  esp=aes256-sha2_256!\n  auto=start\n\n# ipsec.secrets\n: PSK \"%s\"" % (a, b, k)
    intro = L(lang, ["il tunnel non sale, charon dice AUTHENTICATION_FAILED. Questa è la nostra config strongSwan:",
                     "ho riconfigurato il tunnel dopo il cambio di IP, vi mando la conf per confronto:",
                     "vedete per favore se dal vostro lato la chiave coincide:"],
              ["the tunnel won't come up, charon says AUTHENTICATION_FAILED. Our strongSwan config:",
               "I reconfigured the tunnel after our IP change, config below for comparison:",
               "could you please check the key matches on your side:"])
    return compose(lang, intro, fence(body)), [("client_secret", k)]


@S("config")
def s_cisco(lang):
    form = R.randint(0, 2)
    sec = []
    if form == 0:
        k = psk()
        body = ("tunnel-group %s type ipsec-l2l\ntunnel-group %s ipsec-attributes\n ikev2 remote-authentication pre-shared-key %s\n"
                " ikev2 local-authentication pre-shared-key %s\n!\nenable password %s encrypted\n") % (
            pub_ip(), pub_ip(), k, k, rs(ALNUM, 16))
        sec.append(("client_secret", k))
    elif form == 1:
        pw = password()
        c7 = cisco7(pw[:12])
        body = ("hostname %s\n!\nenable secret 9 %s\nusername netadmin privilege 15 secret 8 %s\nusername backup password 7 %s\n!\n"
                "crypto isakmp key %s address %s\n") % (ch(["rtr-mi-01", "edge-lon", "cpe-filiale3"]), cisco_hash(9), cisco_hash(8), c7,
                                                        pw, pub_ip())
        sec += [("password", c7), ("client_secret", pw)]
    else:
        bgp = password()
        nb = pub_ip()
        body = ("router bgp 65%03d\n neighbor %s remote-as %d\n neighbor %s password %s\n neighbor %s description PAYGRID-DX\n!\n") % (
            R.randint(0, 534), nb, ch([64512, 65001, 209242]), nb, bgp, nb)
        sec.append(("password", bgp))
    intro = L(lang, ["estratto della running-config del router di frontiera (ho tolto le parti non rilevanti):",
                     "vi allego lo show run del CPE, il tunnel verso di voi è down da stanotte:",
                     "il nostro fornitore di rete ci ha girato questa config, vi torna?"],
              ["excerpt of the edge router running-config (irrelevant parts removed):",
               "attaching the CPE show run; the tunnel to you has been down since last night:",
               "our network vendor sent us this config, does it look right to you?"])
    return compose(lang, intro, fence(body)), sec


@S("config")
def s_cloud_vpn(lang):
    k = psk()
    form = R.randint(0, 2)
    if form == 0:
        body = ("Amazon Web Services\nVirtual Private Cloud\n\nVPN Connection Configuration\n"
                "================================================================================\n"
                "Your VPN Connection ID : vpn-%s\nYour Virtual Private Gateway ID : vgw-%s\nYour Customer Gateway ID : cgw-%s\n\n"
                "IPSec Tunnel #1\n#1: Internet Key Exchange Configuration\n  - IKE version              : IKEv2\n"
                "  - Authentication Method    : Pre-Shared Key\n  - Pre-Shared Key           : %s\n"
                "  - Authentication Algorithm : sha2-256\n  - Encryption Algorithm     : aes-256-gcm\n"
                "Outside IP Addresses:\n  - Customer Gateway : %s\n  - Virtual Private Gateway : %s") % (
            hexs(17), hexs(17), hexs(17), k, pub_ip(), pub_ip())
    elif form == 1:
        body = ("az network vpn-connection create \\\n  --name cn-%s \\\n  --resource-group rg-network-weu \\\n  --vnet-gateway1 vgw-hub \\\n"
                "  --local-gateway2 lgw-paygrid \\\n  --shared-key \"%s\" \\\n  --enable-bgp false") % (ch(["paygrid", "bank", "h2h"]), k)
    else:
        body = ("gcloud compute vpn-tunnels create tunnel-%s-0 \\\n  --peer-address=%s \\\n  --region=europe-west8 \\\n  --ike-version=2 \\\n"
                "  --shared-secret=%s \\\n  --router=cr-edge \\\n  --vpn-gateway=havpn-gw --interface=0") % (ch(["paygrid", "psp", "bank"]), pub_ip(), k)
    intro = L(lang, ["lato cloud il tunnel è configurato così, il vostro peer risulta DOWN:",
                     "vi incollo la configurazione scaricata dalla console, così vedete i parametri:",
                     "comando che abbiamo lanciato per creare il tunnel verso il vostro gateway:"],
              ["on the cloud side the tunnel is set up like this, your peer shows DOWN:",
               "pasting the config downloaded from the console so you can see the parameters:",
               "command we ran to create the tunnel to your gateway:"])
    return compose(lang, intro, fence(body)), [("client_secret", k)]


@S("config")
def s_wireguard(lang):
    pk, pub, ps = wg_key(), wg_key(), wg_key()
    with_psk = R.random() < .45
    body = "[Interface]\nPrivateKey = %s\nAddress = %s/32\nDNS = %s\n\n[Peer]\n# %s\nPublicKey = %s\n" % (
        pk, priv_ip(), priv_ip(), ch(["paygrid sandbox gw", "bridge verso provider", "h2h"]), pub)
    if with_psk:
        body += "PresharedKey = %s\n" % ps
    body += "AllowedIPs = %s\nEndpoint = %s:51820\nPersistentKeepalive = 25" % (cidr(), pub_ip())
    intro = L(lang, ["per l'accesso al vostro ambiente di collaudo via WireGuard ci siamo generati il file così, ma l'handshake non arriva mai:",
                     "wg0.conf del nostro nodo di uscita, vi serve la chiave pubblica per autorizzarlo?",
                     "ciao, il tunnel WireGuard verso il sandbox non passa traffico. Config:"],
              ["for WireGuard access to your staging environment we generated this file, but the handshake never completes:",
               "wg0.conf of our egress node; do you need the public key to authorise it?",
               "hi, the WireGuard tunnel to the sandbox passes no traffic. Config:"])
    sec = [("private_key", pk)] + ([("private_key", ps)] if with_psk else [])
    return compose(lang, intro, fence(body, "ini")), sec


@S("config")
def s_openvpn(lang):
    form = R.randint(0, 2)
    sec = []
    head = "client\ndev tun\nproto udp\nremote %s 1194\nresolv-retry infinite\nnobind\ncipher AES-256-GCM\nverb 3\n" % pub_ip()
    if form == 0:
        key = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(hexs(32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"
        tag = ch(["tls-crypt", "tls-auth"])
        body = head + "<ca>\n%s\n</ca>\n<%s>\n%s\n</%s>" % (cert_pem(), tag, key, tag)
        sec.append(("private_key", key))
    elif form == 1:
        k = pem_key()
        body = head + "<cert>\n%s\n</cert>\n<key>\n%s\n</key>" % (cert_pem(), k)
        sec.append(("private_key", k))
    else:
        u, pw = user_name(), password()
        body = head + "auth-user-pass creds.txt\n\n# creds.txt\n%s\n%s" % (u, pw)
        sec.append(("password", pw))
    intro = L(lang, ["il profilo .ovpn che ci avete mandato non si connette, vi rimando il file così com'è:",
                     "OpenVPN si ferma a \"TLS key negotiation failed to occur within 60 seconds\". Profilo:",
                     "questo è il profilo che usiamo dal jump host per il collaudo:"],
              ["the .ovpn profile you sent us won't connect, sending it back as it is:",
               "OpenVPN stops at \"TLS key negotiation failed to occur within 60 seconds\". Profile:",
               "this is the profile we use from the jump host for UAT:"])
    return compose(lang, intro, fence_safe(body)), sec


@S("log")
def s_keylog(lang):
    n = R.randint(1, 3)
    lines, sec = [], []
    tls13 = R.random() < .5
    for _ in range(n):
        cr = hexs(64)
        if tls13:
            for lab in ["CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0"][:R.randint(2, 4)]:
                s = hexs(ch([64, 96]))
                lines.append("%s %s %s" % (lab, cr, s))
                sec.append(("private_key", s))
        else:
            s = hexs(96)
            lines.append("CLIENT_RANDOM %s %s" % (cr, s))
            sec.append(("private_key", s))
    body = "\n".join(lines)
    intro = L(lang, ["per farvi vedere dove si rompe la sessione ho esportato SSLKEYLOGFILE durante il test, così potete decifrare la pcap che vi allego:",
                     "ecco il contenuto di sslkeys.log generato da Chrome mentre riproducevo l'errore sul checkout:",
                     "abbiamo catturato con Wireshark, queste sono le chiavi di sessione per decifrare:"],
              ["to show where the session breaks I exported SSLKEYLOGFILE during the test, so you can decrypt the attached pcap:",
               "here's sslkeys.log written by Chrome while I reproduced the checkout error:",
               "we captured with Wireshark, these are the session keys to decrypt it:"])
    return compose(lang, intro, fence(body)), sec


@S("console")
def s_sclient_master(lang):
    p, api = prov()
    mk = hexs(96, upper=True)
    sid = hexs(64, upper=True)
    body = ("$ openssl s_client -connect %s:443 -servername %s -tls1_2\nCONNECTED(00000003)\ndepth=2 C = US, O = DigiCert Inc, CN = DigiCert Global Root G2\n"
            "verify return:1\n---\nCertificate chain\n 0 s:CN = %s\n   i:C = US, O = DigiCert Inc, CN = DigiCert Global G2 TLS RSA SHA256 2020 CA1\n---\n"
            "SSL-Session:\n    Protocol  : TLSv1.2\n    Cipher    : ECDHE-RSA-AES256-GCM-SHA384\n    Session-ID: %s\n    Session-ID-ctx:\n"
            "    Master-Key: %s\n    PSK identity: None\n    TLS session ticket lifetime hint: 300 (seconds)\n    Verify return code: 0 (ok)") % (
        api, api, api, sid, mk)
    intro = L(lang, ["da qui il certificato risulta valido, quindi il problema è altrove? Output di s_client:",
                     "vi incollo l'output integrale di openssl s_client, fatto dal server che chiama le API:",
                     "s_client dal nostro bastion:"],
              ["from here the certificate verifies, so is the problem elsewhere? s_client output:",
               "pasting the full openssl s_client output, run from the server that calls the API:",
               "s_client from our bastion:"])
    return compose(lang, intro, fence(body, "console")), [("private_key", mk)]


@S("email")
def s_mtls_key_mail(lang):
    k = pem_key()
    c = cert_pem()
    p, api = prov()
    sec = [("private_key", k)]
    outro = None
    if R.random() < .35:
        pp = password()
        outro = L(lang, "La passphrase della chiave originale era %s, l'abbiamo tolta per comodità." % pp,
                  "The original key passphrase was %s, we removed it for convenience." % pp)
        sec.append(("password", pp))
    order = R.random() < .5
    body = (c + "\n\n" + k) if order else (k + "\n\n" + c)
    intro = L(lang, ["per l'mTLS vi mando certificato e chiave del client, così verificate voi se la coppia è corretta:",
                     "il gateway risponde 400 \"No required SSL certificate was sent\". Questi sono cert e key che usiamo:",
                     "ecco client.crt e client.key generati dal nostro team sicurezza per il collegamento con %s:" % p],
              ["for mTLS here are the client certificate and key, so you can check the pair is right:",
               "the gateway answers 400 \"No required SSL certificate was sent\". These are the cert and key we use:",
               "here are client.crt and client.key our security team generated for the %s link:" % p])
    return compose(lang, intro, body, outro), sec


@S("shell")
def s_keytool(lang):
    sp, dp = password(), password()
    form = R.randint(0, 2)
    if form == 0:
        body = ("$ openssl pkcs12 -export -in client.crt -inkey client.key -certfile chain.pem -name paygrid-mtls \\\n"
                "    -out client.p12 -passout pass:%s\n$ keytool -importkeystore -srckeystore client.p12 -srcstoretype PKCS12 \\\n"
                "    -srcstorepass %s -destkeystore mtls.jks -deststorepass %s\nImporting keystore client.p12 to mtls.jks...\n"
                "Entry for alias paygrid-mtls successfully imported.") % (sp, sp, dp)
        sec = [("password", sp), ("password", dp)]
    elif form == 1:
        body = ("keytool -genkeypair -alias h2h -keyalg RSA -keysize 3072 -dname \"CN=%s.h2h, O=%s, C=IT\" \\\n"
                "  -keystore h2h.p12 -storetype PKCS12 -storepass %s -keypass %s -validity 730") % (corp(), corp(), sp, sp)
        sec = [("password", sp)]
    else:
        body = ("# application.properties\nserver.ssl.key-store=classpath:mtls.p12\nserver.ssl.key-store-password=%s\n"
                "server.ssl.trust-store=classpath:truststore.jks\nserver.ssl.trust-store-password=%s\npaygrid.base-url=https://%s") % (sp, dp, prov()[1])
        sec = [("password", sp), ("password", dp)]
    intro = L(lang, ["passaggi che abbiamo fatto per creare il keystore per l'mTLS, dopo l'import Java dice \"Given final block not properly padded\":",
                     "vi riepilogo i comandi che ho usato, magari l'errore è qui:",
                     "configurazione del keystore lato client:"],
              ["steps we followed to build the keystore for mTLS; after the import Java says \"Given final block not properly padded\":",
               "summarising the commands I used, maybe the mistake is here:",
               "client-side keystore configuration:"])
    return compose(lang, intro, fence(body)), sec


@S("config")
def s_nginx_envoy(lang):
    p, api = prov()
    form = R.randint(0, 2)
    if form == 0:
        tok = bearer()
        body = ("location /paygrid/ {\n    proxy_pass https://%s/;\n    proxy_ssl_server_name on;\n    proxy_ssl_certificate     /etc/nginx/mtls/client.crt;\n"
                "    proxy_ssl_certificate_key /etc/nginx/mtls/client.key;\n    proxy_set_header Authorization \"Bearer %s\";\n"
                "    proxy_set_header X-Request-Id $request_id;\n}") % (api, tok)
        sec = [("access_token", tok)]
    elif form == 1:
        k = pem_key()
        ind = "\n" + " " * 14
        body = ("transport_socket:\n  name: envoy.transport_sockets.tls\n  typed_config:\n    \"@type\": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext\n"
                "    sni: %s\n    common_tls_context:\n      tls_certificates:\n        - certificate_chain: { filename: /etc/envoy/client.crt }\n"
                "          private_key:\n            inline_string: |\n              %s") % (api, k.replace("\n", ind))
        sec = [("private_key", k.replace("\n", ind))]
    else:
        key = prov_key("live")
        body = ("map $host $paygrid_key {\n    default \"%s\";\n}\nserver {\n    listen 8443 ssl;\n    location / {\n        proxy_pass https://%s;\n"
                "        proxy_set_header X-Api-Key $paygrid_key;\n    }\n}") % (key, api)
        sec = [("access_token", key)]
    intro = L(lang, ["abbiamo un reverse proxy interno che aggiunge le credenziali prima di uscire verso di voi. Da quando avete cambiato certificato risponde 502:",
                     "config del proxy di uscita (nginx/envoy), ci serve capire perché l'upstream chiude la connessione:",
                     "vi mostro come instradiamo le chiamate verso le vostre API:"],
              ["we have an internal reverse proxy that adds credentials before going out to you. Since you changed certificate it returns 502:",
               "egress proxy config (nginx/envoy), we need to understand why the upstream closes the connection:",
               "this is how we route calls to your API:"])
    return compose(lang, intro, fence_safe(body)), sec


@S("config")
def s_haproxy(lang):
    u, pw = ch(["admin", "stats", "ops", "noc"]), password(url_safe=True)
    cid, cs = client_id(), client_secret()
    blob = base64.b64encode(("%s:%s" % (cid, cs)).encode()).decode()
    p, api = prov()
    form = R.randint(0, 1)
    if form == 0:
        body = ("listen stats\n    bind *:8404\n    stats enable\n    stats uri /stats\n    stats auth %s:%s\n\nbackend paygrid_api\n    server pg %s:443 ssl verify required ca-file /etc/ssl/certs/ca.pem sni str(%s)") % (
            u, pw, api, api)
        sec = [("client_secret", "%s:%s" % (u, pw))]
    else:
        body = ("backend paygrid_token\n    mode http\n    http-request set-header Authorization \"Basic %s\"\n    server auth %s:443 ssl verify none\n"
                "    # client_id %s") % (blob, api.replace("api.", "auth."), cid)
        sec = [("client_secret", blob)]
    intro = L(lang, ["nel nostro HAProxy abbiamo questa configurazione, il backend verso di voi risulta sempre DOWN nella pagina stats:",
                     "vi incollo la parte di haproxy.cfg che riguarda le vostre API:"],
              ["in our HAProxy we have this; the backend to you always shows DOWN on the stats page:",
               "pasting the part of haproxy.cfg that deals with your API:"])
    return compose(lang, intro, fence(body)), sec


@S("capture")
def s_tcpdump_http(lang):
    p, api = prov()
    cid, cs = client_id(), client_secret()
    a, b = priv_ip(), priv_ip()
    form = R.randint(0, 1)
    if form == 0:
        payload = "grant_type=client_credentials&client_id=%s&client_secret=%s&scope=payments" % (urllib.parse.quote(cid), cs)
        req = ("POST /oauth/token HTTP/1.1\nHost: %s\nContent-Type: application/x-www-form-urlencoded\nContent-Length: %d\n\n%s") % (
            api, len(payload), payload)
        sec = [("client_secret", cs)]
    elif form == 1 and R.random() < .5:
        rt = refresh_tok()
        payload = "grant_type=refresh_token&refresh_token=%s&client_id=%s" % (rt, urllib.parse.quote(cid))
        req = ("POST /oauth/token HTTP/1.1\nHost: %s\nContent-Type: application/x-www-form-urlencoded\nContent-Length: %d\n\n%s") % (
            api, len(payload), payload)
        sec = [("refresh_token", rt)]
    else:
        tok = bearer()
        req = ("GET /v2/accounts/%s/balances HTTP/1.1\nHost: %s\nAuthorization: Bearer %s\nX-Request-ID: %s\nAccept: */*") % (uid(), api, tok, uid())
        sec = [("access_token", tok)]
    body = ("# tcpdump -i eth1 -A -s0 'tcp port 8080 and host %s'\n%02d:%02d:%02d.%06d IP %s.%d > %s.8080: Flags [P.], seq 1:%d, ack 1, win 502, length %d\n"
            "E...@.@.....%s\n%s") % (b, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), a, R.randint(30000, 60999), b,
                                    R.randint(300, 900), R.randint(300, 900), rs("._@!", 6), req)
    intro = L(lang, ["tra l'applicativo e il proxy il traffico è ancora in chiaro, così ho catturato la richiesta che fallisce:",
                     "cattura tcpdump sul segmento interno (prima del proxy TLS), forse vi aiuta:",
                     "ecco la richiesta così come passa sul filo verso il nostro proxy di uscita:"],
              ["between the app and the proxy traffic is still plain HTTP, so I captured the failing request:",
               "tcpdump on the internal segment (before the TLS proxy), might help:",
               "here's the request as it goes on the wire to our egress proxy:"])
    return compose(lang, intro, fence(body)), sec


@S("capture")
def s_capture_payment(lang):
    p, api = prov()
    d = card_digits()
    cshow = fmt_card(d) if R.random() < .3 else d
    cv = cvv(len(d) == 15)
    tool = R.randint(0, 2)
    js = json.dumps({"amount": R.randint(100, 99999), "currency": "EUR", "order_ref": "ORD-%d" % R.randint(100000, 999999),
                     "card": {"number": cshow, "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031),
                              ch(["cvc", "cvv", "security_code"]): cv, "holder": person(lang)}}, indent=ch([None, 2]))
    if tool == 0:
        body = "POST https://%s/v1/payments HTTP/1.1\n  Content-Type: application/json\n  Idempotency-Key: %s\n\n%s\n\n<< 502 Bad Gateway (upstream reset)" % (api, uid(), js)
        tn = "mitmproxy"
    elif tool == 1:
        body = "Fiddler session #%d\nPOST /v1/payments HTTP/1.1\nHost: %s\n\n%s" % (R.randint(10, 900), api, js)
        tn = "Fiddler"
    else:
        body = "Charles > Sequence > %s\nRequest\n%s\nResponse\n{\"error\":\"connection_reset\",\"request_id\":\"%s\"}" % (api, js, uid())
        tn = "Charles"
    intro = L(lang, ["abbiamo messo %s in mezzo per capire chi resetta la connessione. La richiesta catturata:" % tn,
                     "cattura con %s dal PC del collaudo (carta di test):" % tn,
                     "vi giro il flusso intercettato con %s, la risposta non arriva mai:" % tn],
              ["we put %s in the middle to see who resets the connection. The captured request:" % tn,
               "%s capture from the QA machine (test card):" % tn,
               "forwarding the flow intercepted with %s; the response never comes back:" % tn])
    return compose(lang, intro, body), [("card_number", cshow), ("cvv", cv)]


@S("log")
def s_waf_modsec(lang):
    p, api = prov()
    cc = ch(["IT", "IT", "DE", "FR", "ES", "GB", "NL"])
    ib = iban_from(cc, bank_parts(cc))
    if R.random() < .4:
        ib = fmt_iban(ib)
    tid = rs(ALNUM + "@", 27)
    bodyjs = json.dumps({"beneficiary": {"name": person(lang), "iban": ib}, "amount": "%d.%02d" % (R.randint(10, 9000), R.randint(0, 99)),
                         "reference": "RIMB-%d" % R.randint(10000, 99999)})
    body = ("--%s-A--\n[%02d/Dec/2026:%02d:%02d:%02d +0100] %s %s %d %s 443\n--%s-B--\nPOST /payouts HTTP/1.1\nHost: payouts.%s.internal\nContent-Type: application/json\n"
            "--%s-C--\n%s\n--%s-H--\nMessage: Access denied with code 403 (phase 2). Matched \"Operator `Rx'\" [id \"%d\"] [msg \"%s\"]\n--%s-Z--") % (
        hexs(8), R.randint(1, 4), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), tid, priv_ip(), R.randint(30000, 60000), priv_ip(), hexs(8),
        corp().replace("-", ""), hexs(8), bodyjs, hexs(8), ch([942100, 932160, 920273, 941100]),
        ch(["SQL Injection Attack Detected via libinjection", "Remote Command Execution: Unix Shell Code Found", "Invalid character in request"]), hexs(8))
    intro = L(lang, ["il nostro WAF blocca alcuni rimborsi prima che arrivino a voi, vi giro l'audit log di ModSecurity:",
                     "falso positivo del WAF sulle chiamate payout, potete dirci se il payload è conforme? Log:",
                     "estratto del modsec_audit.log (regola CRS):"],
              ["our WAF blocks some refunds before they reach you; here's the ModSecurity audit log:",
               "WAF false positive on payout calls, can you tell us whether the payload is valid? Log:",
               "excerpt from modsec_audit.log (CRS rule):"])
    return compose(lang, intro, body), [("iban", ib)]


@S("log")
def s_fw_event_jwt(lang):
    tok = jwt() if R.random() < .7 else bearer()
    p, api = prov()
    ev = {"action": "block", "ruleId": hexs(32), "source": ch(["firewallManaged", "waf", "rateLimit"]), "rayName": hexs(16) + "-MXP",
          "clientIP": pub_ip(), "clientRequestHTTPHost": "webhooks." + corp().replace("-", "") + ".it", "clientRequestPath": "/paygrid/events",
          "userAgent": "%s-Webhooks/2.1" % p.capitalize(), "request_headers": {"authorization": "Bearer " + tok, "content-type": "application/json"},
          "datetime": "2026-12-0%dT%02d:%02d:%02dZ" % (R.randint(1, 3), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))}
    body = json.dumps(ev, indent=2)
    intro = L(lang, ["i vostri webhook vengono bloccati dal nostro Cloudflare. Evento del firewall esportato dalla dashboard:",
                     "ecco l'evento WAF che ha bloccato la chiamata (JSON dall'analytics):",
                     "vedete qualcosa di strano negli header? Il firewall lo scarta:"],
              ["your webhooks get blocked by our Cloudflare. Firewall event exported from the dashboard:",
               "here's the WAF event that blocked the call (JSON from analytics):",
               "anything odd in the headers? The firewall drops it:"])
    return compose(lang, intro, fence(body, "json")), [("access_token", tok)]


@S("shell")
def s_cloudflared(lang):
    form = R.randint(0, 1)
    tid = uid()
    if form == 0:
        tok = base64.b64encode(json.dumps({"a": hexs(32), "t": tid, "s": b64(32)}, separators=(",", ":")).encode()).decode().rstrip("=")
        body = "$ cloudflared tunnel --no-autoupdate run --token %s\n%sZ INF Starting tunnel tunnelID=%s\n%sZ ERR Failed to serve quic connection error=\"timeout: no recent network activity\"" % (
            tok, "2026-12-03T09:12:0%d" % R.randint(0, 9), tid, "2026-12-03T09:12:3%d" % R.randint(0, 9))
        sec = [("vendor_key", tok)]
    else:
        s = b64(32)
        body = "# ~/.cloudflared/%s.json\n{\"AccountTag\":\"%s\",\"TunnelSecret\":\"%s\",\"TunnelID\":\"%s\"}\n\n# config.yml\ntunnel: %s\ningress:\n  - hostname: webhooks-test.%s.it\n    service: http://localhost:8080\n  - service: http_status:404" % (
            tid, hexs(32), s, tid, tid, corp().replace("-", ""))
        sec = [("vendor_key", s)]
    intro = L(lang, ["per ricevere i webhook in collaudo esponiamo il nostro servizio con un tunnel Cloudflare. Il vostro sistema dice che l'endpoint non risponde:",
                     "il tunnel cade continuamente, vedete voi i retry? Nostra config:",
                     "configurazione del tunnel che riceve le notifiche:"],
              ["to receive webhooks in UAT we expose our service through a Cloudflare tunnel. Your side says the endpoint doesn't answer:",
               "the tunnel keeps dropping, do you see retries? Our config:",
               "config of the tunnel that receives the notifications:"])
    return compose(lang, intro, fence(body)), sec


@S("shell")
def s_tailscale_ngrok(lang):
    form = R.randint(0, 2)
    if form == 0:
        k = "tskey-auth-k" + rs(ALNUM, 11) + "CNTRL-" + rs(ALNUM, 33)
        body = "$ sudo tailscale up --authkey=%s --advertise-routes=%s --hostname=pg-bridge\n$ tailscale ip -4\n100.%d.%d.%d" % (
            k, cidr(), R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))
    elif form == 1:
        k = rs(ALNUM, 27) + "_" + rs(ALNUM, 21)
        body = "# ~/.config/ngrok/ngrok.yml\nversion: \"2\"\nauthtoken: %s\ntunnels:\n  webhooks:\n    proto: http\n    addr: 8080" % k
    else:
        k = rs(ALNUM, 27) + "_" + rs(ALNUM, 21)
        body = "$ ngrok config add-authtoken %s\nAuthtoken saved to configuration file: /home/dev/.config/ngrok/ngrok.yml\n$ ngrok http 8080\nForwarding https://%s.ngrok-free.app -> http://localhost:8080" % (
            k, hexs(4) + "-" + "-".join(str(R.randint(1, 254)) for _ in range(4)))
    intro = L(lang, ["in sviluppo usiamo questo per far arrivare le callback al portatile. Da ieri le vostre notifiche non arrivano più:",
                     "vi scrivo i passaggi che ho fatto, magari vedete l'errore:",
                     "setup del tunnel di sviluppo:"],
              ["in dev we use this to get callbacks to the laptop. Since yesterday your notifications don't arrive:",
               "writing down the steps I did, maybe you can spot the error:",
               "dev tunnel setup:"])
    return compose(lang, intro, fence(body)), [("vendor_key", k)]


@S("config")
def s_cloud_keys(lang):
    form = R.randint(0, 3)
    if form == 0:
        ak, sk = "AKIA" + rs(UP + DG, 16), rs(ALNUM + "/+", 40)
        body = ("provider \"aws\" {\n  region     = \"eu-south-1\"\n  access_key = \"%s\"\n  secret_key = \"%s\"\n}\n\nresource \"aws_security_group_rule\" \"paygrid_egress\" {\n"
                "  type        = \"egress\"\n  from_port   = 443\n  to_port     = 443\n  protocol    = \"tcp\"\n  cidr_blocks = [\"%s\", \"%s\"]\n  security_group_id = \"sg-%s\"\n}") % (
            ak, sk, cidr(), cidr(), hexs(17))
        sec = [("vendor_key", ak), ("vendor_key", sk)]
    elif form == 1:
        t = rs(ALNUM + "_-", 40)
        body = ("provider \"cloudflare\" {\n  api_token = \"%s\"\n}\n\nresource \"cloudflare_ruleset\" \"allow_paygrid\" {\n  zone_id = \"%s\"\n  name    = \"allow psp webhooks\"\n"
                "  kind    = \"zone\"\n  phase   = \"http_request_firewall_custom\"\n  rules {\n    action     = \"skip\"\n    expression = \"(ip.src in {%s %s})\"\n  }\n}") % (
            t, hexs(32), cidr(), cidr())
        sec = [("vendor_key", t)]
    elif form == 2:
        t = "dop_v1_" + hexs(64)
        body = "$ doctl auth init --access-token %s\n$ doctl compute firewall add-rules %s --inbound-rules \"protocol:tcp,ports:443,address:%s\"" % (t, uid(), cidr())
        sec = [("vendor_key", t)]
    else:
        ak, sk = "AKIA" + rs(UP + DG, 16), rs(ALNUM + "/+", 40)
        body = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1\n\n$ aws ec2 describe-nat-gateways --query 'NatGateways[].NatGatewayAddresses[].PublicIp'\n[\n    \"%s\",\n    \"%s\"\n]" % (
            ak, sk, pub_ip(), pub_ip())
        sec = [("vendor_key", ak), ("vendor_key", sk)]
    intro = L(lang, ["per la whitelist vi servono i nostri IP di uscita: li ricaviamo così dal cloud, vi incollo tutto:",
                     "stiamo automatizzando l'apertura del firewall verso i vostri range con Terraform:",
                     "ecco come abbiamo aperto le regole, ditemi se i range sono giusti:"],
              ["for the allowlist you need our egress IPs; this is how we get them from the cloud, pasting everything:",
               "we're automating the firewall opening to your ranges with Terraform:",
               "this is how we opened the rules; tell me whether the ranges are right:"])
    return compose(lang, intro, fence(body)), sec


@S("config")
def s_radius_tacacs(lang):
    k = psk() if R.random() < .5 else password()
    form = R.randint(0, 2)
    if form == 0:
        body = "# /etc/freeradius/3.0/clients.conf\nclient vpn-gw {\n    ipaddr = %s\n    secret = %s\n    shortname = fortigate-edge\n    nas_type = other\n}" % (priv_ip(), k)
    elif form == 1:
        body = "tacacs server ISE01\n address ipv4 %s\n key 0 %s\n!\nradius server NPS\n address ipv4 %s auth-port 1812 acct-port 1813\n key %s" % (priv_ip(), k, priv_ip(), k)
    else:
        body = "config user radius\n    edit \"NPS-VPN\"\n        set server \"%s\"\n        set secret %s\n        set auth-type ms_chap_v2\n    next\nend" % (priv_ip(), k)
    intro = L(lang, ["gli utenti che devono accedere al vostro portale di collaudo passano dalla nostra VPN con autenticazione RADIUS. Configurazione:",
                     "il login VPN fallisce per chi deve fare i test con voi. Config del client RADIUS:",
                     "il sistemista che gestiva la VPN è andato via, questa è la config che ho trovato:"],
              ["users who access your UAT portal go through our VPN with RADIUS auth. Config:",
               "VPN login fails for the people testing with you. RADIUS client config:",
               "the admin who ran the VPN has left; this is the config I found:"])
    return compose(lang, intro, fence(body)), [("client_secret", k)]


@S("shell")
def s_snmp(lang):
    form = R.randint(0, 1)
    if form == 0:
        c = ch(["", "nms-", "ro-"]) + rs(ALNUM, R.randint(10, 16))
        body = "$ snmpwalk -v2c -c %s %s IF-MIB::ifOperStatus\nIF-MIB::ifOperStatus.1 = INTEGER: up(1)\nIF-MIB::ifOperStatus.7 = INTEGER: down(2)" % (c, priv_ip())
        sec = [("password", c)]
    else:
        a, x = password(url_safe=True), password(url_safe=True)
        body = "$ snmpget -v3 -l authPriv -u monitor -a SHA -A '%s' -x AES -X '%s' %s SNMPv2-MIB::sysUpTime.0\nSNMPv2-MIB::sysUpTime.0 = Timeticks: (%d) %d days" % (
            a, x, priv_ip(), R.randint(10 ** 6, 10 ** 9), R.randint(1, 300))
        sec = [("password", a), ("password", x)]
    intro = L(lang, ["il monitoraggio ci dice che l'interfaccia verso il circuito dedicato con voi va giù ogni notte alle 2. Vi mostro i comandi:",
                     "dal nostro NMS vediamo l'interfaccia del tunnel down. Output:",
                     "per completezza vi incollo anche i check SNMP che facciamo:"],
              ["monitoring says the interface to the dedicated circuit with you drops every night at 2am. Commands below:",
               "our NMS shows the tunnel interface down. Output:",
               "for completeness, here are the SNMP checks we run:"])
    return compose(lang, intro, fence(body)), sec


@S("chat")
def s_router_admin(lang):
    pw = password()
    w = password()
    ser = rs(UP + DG, 12)
    fw = ch(["FortiGate 60F", "pfSense", "MikroTik hAP", "Draytek Vigor 2865", "Fritz!Box 7590", "Ubiquiti UDM Pro", "TP-Link ER605"])
    pwl = ch(PW_WORD[lang] + [ch(FOREIGN_PW)])
    sec = [("password", pw)]
    if lang == "it":
        t = "allora il firewall è un %s (seriale %s). Per entrare nell'interfaccia admin: https://%s:4443 utente admin %s %s" % (fw, ser, priv_ip(), pwl, pw)
        if R.random() < .5:
            t += "\nla rete wifi dell'ufficio è %s-ospiti chiave %s" % (corp(), w)
            sec.append(("password", w))
        t += "\nse volete collegarvi voi a vedere perché non passano le chiamate verso le vostre api fate pure, io non ci capisco molto"
    else:
        t = "ok so the firewall is a %s (serial %s). Admin UI is at https://%s:4443, user admin, %s %s" % (fw, ser, priv_ip(), pwl, pw)
        if R.random() < .5:
            t += "\noffice wifi is %s-guest, key %s" % (corp(), w)
            sec.append(("password", w))
        t += "\nif you want to log in yourselves and see why calls to your api don't get through go ahead, I'm not a network person"
    return compose(lang, ch(["", L(lang, "[chat]", "[chat transcript]")]) + "\n" + t, None, sign=R.random() < .3, greet=False), sec


@S("chat")
def s_vpn_login_otp(lang):
    u, pw, code = user_name(), password(), otp()
    p, api = prov()
    if lang == "it":
        t = ch(["Per accedere alla vostra VPN di collaudo uso utente %s e %s %s, poi arriva l'SMS (l'ultimo codice era %s) ma il client FortiClient dice \"credential or SSLVPN configuration is wrong (-7200)\".",
                "non entro nella VPN di %s: user %s pass %s + OTP %s, errore -7200. Potete controllare se l'utenza è bloccata?"])
        t = t.replace("%s %s, poi", "%s %s, poi") 
        if t.startswith("Per"):
            t = t % (u, ch(PW_WORD["it"]), pw, code)
        else:
            t = t % (p, u, pw, code)
    else:
        t = ch(["To get into your UAT VPN I use user %s and %s %s, then the SMS arrives (last code was %s) but FortiClient says \"credential or SSLVPN configuration is wrong (-7200)\".",
                "can't get into the %s VPN: user %s pass %s + OTP %s, error -7200. Can you check whether the account is locked?"])
        if t.startswith("To"):
            t = t % (u, ch(PW_WORD["en"]), pw, code)
        else:
            t = t % (p, u, pw, code)
    return compose(lang, t, None), [("password", pw), ("pin", code)]


@S("shell")
def s_sftp_h2h(lang):
    u, pw = user_name(), password(url_safe=True)
    h = "sftp." + ch(["h2h.", "files.", ""]) + prov()[1].split(".", 1)[1]
    form = R.randint(0, 3)
    if form == 0:
        body = "$ sshpass -p '%s' sftp -oPort=2222 %s@%s\nConnection closed by %s port 2222\nConnection closed" % (pw, u, h, pub_ip())
    elif form == 1:
        body = "$ lftp -u %s,%s sftp://%s:2222 -e 'cd /inbound; put CBI_%s.xml; bye'\nput: Fatal error: max-retries exceeded" % (u, pw, h, rs(DG, 8))
    elif form == 2:
        body = "[Sessions\\%s]\nHostName=%s\nPortNumber=2222\nUserName=%s\nPassword=%s\nFSProtocol=2\n; WinSCP.ini (stored password in plain text)" % (
            "h2h-" + prov()[0], h, u, pw)
    else:
        body = "sftp://%s:%s@%s:2222/inbound" % (u, pw, h)
        body = "URL configurato nello scheduler: " + body if lang == "it" else "URL set in the scheduler: " + body
    intro = L(lang, ["il trasferimento host-to-host dei flussi di pagamento non parte più dal nostro server. Il vostro firewall ci ha bloccati?",
                     "SFTP verso di voi: connessione chiusa subito dopo l'handshake. Comandi usati:",
                     "da quando abbiamo cambiato IP pubblico l'SFTP non va. Ecco come ci colleghiamo:"],
              ["host-to-host transfer of payment files no longer starts from our server. Did your firewall block us?",
               "SFTP to you: connection closed right after the handshake. Commands used:",
               "since we changed public IP the SFTP doesn't work. This is how we connect:"])
    return compose(lang, intro, fence(body)), [("password", pw)]


@S("email")
def s_ssh_key(lang):
    k = openssh_key() if R.random() < .6 else pem_key().replace("PRIVATE KEY", "RSA PRIVATE KEY").replace("RSA RSA", "RSA").replace("EC RSA", "EC")
    pub = ssh_pub() + " " + user_name() + "@" + corp()
    intro = L(lang, ["per l'accesso SFTP con chiave ci avete chiesto la chiave: ve le mando entrambe così non sbagliamo.",
                     "il nostro fornitore ha generato la coppia di chiavi per l'host-to-host, eccole:",
                     "ecco la chiave che sta sul server batch (id_ed25519) e la sua pubblica:"],
              ["for key-based SFTP you asked for our key; sending both so we don't get it wrong.",
               "our vendor generated the key pair for host-to-host, here they are:",
               "here's the key sitting on the batch server (id_ed25519) and its public part:"])
    body = "%s\n\n%s" % (k, pub) if R.random() < .5 else "%s\n\n%s" % (pub, k)
    return compose(lang, intro, body), [("private_key", k)]


@S("config")
def s_tsig(lang):
    s = b64(32)
    name = ch(["paygrid-acme", "ddns-webhooks", "tsig-psp", "certbot"])
    form = R.randint(0, 1)
    if form == 0:
        body = "key \"%s\" {\n    algorithm hmac-sha256;\n    secret \"%s\";\n};\nzone \"webhooks.%s.it\" {\n    type master;\n    update-policy { grant %s name _acme-challenge.webhooks.%s.it. TXT; };\n};" % (
            name, s, corp().replace("-", ""), name, corp().replace("-", ""))
    else:
        body = "$ nsupdate -y hmac-sha256:%s:%s <<EOF\nserver %s\nupdate add _acme-challenge.pay.%s.it 60 TXT \"%s\"\nsend\nEOF\n; TSIG error with server: tsig verify failure" % (
            name, s, pub_ip(), corp().replace("-", ""), b64url(32))
    intro = L(lang, ["il certificato del nostro endpoint webhook non si rinnova (challenge DNS-01), e i vostri webhook ora falliscono per TLS. Config DNS:",
                     "vi spiego come rinnoviamo il certificato dell'endpoint che riceve le vostre notifiche:"],
              ["the certificate on our webhook endpoint doesn't renew (DNS-01 challenge) and your webhooks now fail on TLS. DNS config:",
               "here's how we renew the certificate of the endpoint receiving your notifications:"])
    return compose(lang, intro, fence(body)), [("private_key", s)]


@S("config")
def s_acme_dns(lang):
    form = R.randint(0, 2)
    if form == 0:
        t = rs(ALNUM + "_-", 40)
        body = "# /root/.secrets/cloudflare.ini\ndns_cloudflare_api_token = %s\n\n$ certbot certonly --dns-cloudflare --dns-cloudflare-credentials /root/.secrets/cloudflare.ini -d webhooks.%s.com" % (
            t, corp().replace("-", ""))
        sec = [("vendor_key", t)]
    elif form == 1:
        ak, sk = "AKIA" + rs(UP + DG, 16), rs(ALNUM + "/+", 40)
        body = "export AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nlego --email ops@%s.it --dns route53 --domains callback.%s.it run" % (
            ak, sk, corp().replace("-", ""), corp().replace("-", ""))
        sec = [("vendor_key", ak), ("vendor_key", sk)]
    else:
        t = rs(ALNUM + "_-", 40)
        body = "export CF_Token=\"%s\"\nexport CF_Account_ID=\"%s\"\n./acme.sh --issue --dns dns_cf -d hooks.%s.eu" % (t, hexs(32), corp().replace("-", ""))
        sec = [("vendor_key", t)]
    intro = L(lang, ["i vostri webhook arrivano con errore di certificato scaduto. Il rinnovo automatico lo facciamo così:",
                     "vi incollo lo script di rinnovo del certificato del nostro endpoint:"],
              ["your webhooks hit an expired-certificate error. This is how we auto-renew:",
               "pasting our endpoint's certificate renewal script:"])
    return compose(lang, intro, fence(body)), sec


@S("console")
def s_token_through_proxy(lang):
    p, api = prov()
    at, rt = bearer(), refresh_tok()
    cid = client_id()
    resp = json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt, "scope": "payments accounts"}, indent=ch([None, 2]))
    body = ("$ curl -s -x %s:8080 https://%s/oauth/token -d grant_type=refresh_token -d client_id=%s -d refresh_token=%s\n%s") % (
        host(), api.replace("api.", "auth."), cid, "$RT", resp)
    intro = L(lang, ["dal server con proxy il token arriva (vedi sotto) ma poi la chiamata successiva va in timeout:",
                     "il refresh del token funziona solo dal proxy di backup, questa è la risposta:",
                     "ecco la risposta del token endpoint passando dal nostro proxy:"],
              ["from the proxied server the token comes back (below) but then the next call times out:",
               "token refresh only works through the backup proxy, here's the response:",
               "here's the token endpoint response going through our proxy:"])
    return compose(lang, intro, fence(body, "console")), [("access_token", at), ("refresh_token", rt)]


@S("config")
def s_webhook_secret_fw(lang):
    s = ch(["whsec_", "pgwh_", "", "wh_"]) + rs(ALNUM, 32)
    body = ("# .env del receiver\nWEBHOOK_PATH=/hooks/%s\nWEBHOOK_SIGNING_SECRET=%s\nTRUSTED_PROXIES=%s,%s\nALLOWED_SOURCE_IPS=%s" % (
        prov()[0], s, priv_ip(), priv_ip(), ",".join(cidr() for _ in range(R.randint(2, 4)))))
    if R.random() < .5:
        body = body.replace("WEBHOOK_SIGNING_SECRET=", ch(["PAYGRID_WEBHOOK_SECRET=", "HOOK_HMAC_KEY=", "WEBHOOK_SECRET="]))
    intro = L(lang, ["dopo aver messo il receiver dietro al load balancer le firme dei webhook non tornano più (e alcuni IP vengono rifiutati). La nostra config:",
                     "verifica firma fallita su tutti i webhook da quando passiamo dal nuovo proxy. .env:",
                     "i vostri IP di invio sono cambiati? Noi filtriamo così:"],
              ["after putting the receiver behind the load balancer webhook signatures no longer match (and some IPs get rejected). Our config:",
               "signature check fails on every webhook since we moved behind the new proxy. .env:",
               "did your sending IPs change? We filter like this:"])
    return compose(lang, intro, fence(body)), [("private_key", s)]


@S("yaml")
def s_k8s_tls(lang):
    k = pem_key()
    kb = base64.b64encode(k.encode()).decode()
    cb = base64.b64encode(cert_pem().encode()).decode()
    body = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: paygrid-mtls\n  namespace: payments\ntype: kubernetes.io/tls\ndata:\n  tls.crt: %s\n  tls.key: %s") % (cb, kb)
    intro = L(lang, ["il pod che chiama le vostre API monta questo secret per l'mTLS, ma il gateway risponde 403 client certificate unknown:",
                     "kubectl get secret paygrid-mtls -o yaml (namespace payments):",
                     "questo è il secret TLS che usiamo, potete verificare se il certificato è quello registrato?"],
              ["the pod calling your API mounts this secret for mTLS, but the gateway answers 403 client certificate unknown:",
               "kubectl get secret paygrid-mtls -o yaml (namespace payments):",
               "this is the TLS secret we use; can you check the certificate is the registered one?"])
    return compose(lang, intro, fence_safe(body, "yaml")), [("private_key", kb)]


@S("capture")
def s_bank_capture(lang):
    cc = ch(["GB", "IT", "DE", "FR", "ES"])
    pt = bank_parts(cc)
    nm = person(lang)
    if cc == "GB":
        sc = "%s-%s-%s" % (pt["sort"][:2], pt["sort"][2:4], pt["sort"][4:]) if R.random() < .6 else pt["sort"]
        acct = {"sort_code": sc, "account_number": pt["acct"]}
        sec = [("bank_account", pt["acct"])]
    elif cc == "IT":
        acct = {"abi": pt["abi"], "cab": pt["cab"], "conto": pt["conto"], "cin": pt["cin"]}
        sec = [("bank_account", pt["conto"])]
    elif cc == "DE":
        acct = {"blz": pt["blz"], "kontonummer": pt["kto"]}
        sec = [("bank_account", pt["kto"])]
    elif cc == "FR":
        rib = "%s %s %s %s" % (pt["banque"], pt["guichet"], pt["compte"], pt["cle"])
        acct = {"rib": rib}
        sec = [("bank_account", rib)]
    else:
        ccc = "%s-%s-%s-%s" % (pt["entidad"], pt["oficina"], pt["dc"], pt["cuenta"]) if R.random() < .5 else pt["bban"]
        acct = {"ccc": ccc}
        sec = [("bank_account", ccc)]
    payload = {"payee": {"name": nm, "country": cc, "account": acct}, "amount": {"value": "%d.%02d" % (R.randint(5, 4000), R.randint(0, 99)), "currency": "GBP" if cc == "GB" else "EUR"},
               "end_to_end_id": "E2E" + rs(UP + DG, 12)}
    js = json.dumps(payload, indent=ch([None, 2]))
    line = "%s squid[%d]: %s TCP_MISS/504 POST http://payouts-gw.internal/v1/transfers - HIER_DIRECT" % (
        ch(["Dec  3 10:14:02", "Dec  2 23:41:57", "Dec  4 07:05:13"]), R.randint(1000, 9999), priv_ip())
    intro = L(lang, ["il gateway interno registra il body delle richieste che poi il proxy non riesce a inoltrare. Eccone una (payout verso un cliente):",
                     "alcuni bonifici in uscita restano appesi. Dal log di debug del nostro gateway:",
                     "dump della richiesta rimasta in coda (timeout 504 sul proxy):"],
              ["our internal gateway logs the body of requests the proxy then fails to forward. Here's one (payout to a customer):",
               "some outgoing transfers hang. From our gateway debug log:",
               "dump of the request stuck in the queue (504 timeout at the proxy):"])
    return compose(lang, intro, line + "\n" + js), sec


@S("capture")
def s_sca_capture(lang):
    p, api = prov()
    code = otp() if R.random() < .7 else rs(DG, 8)
    pw = password()
    form = R.randint(0, 1)
    if form == 0:
        js = json.dumps({"scaAuthenticationData": code}, indent=ch([None, 2]))
        req = "PUT https://%s/psd2/v1/payments/sepa-credit-transfers/%s/authorisations/%s\nX-Request-ID: %s\nPSU-IP-Address: %s\n\n%s" % (
            api, uid(), uid(), uid(), pub_ip(), js)
        sec = [("pin", code)]
    else:
        js = json.dumps({"psuData": {"password": pw}}, indent=ch([None, 2]))
        req = "PUT https://%s/psd2/v1/consents/%s/authorisations/%s\nX-Request-ID: %s\nPSU-ID: %s\n\n%s" % (
            api, uid(), uid(), uid(), ch(["PSU-", "user"]) + rs(DG, 6), js)
        sec = [("password", pw)]
    intro = L(lang, ["la richiesta di autorizzazione SCA va in timeout solo dalla rete aziendale (da 4G funziona). Cattura dal proxy:",
                     "in collaudo il passaggio SCA embedded si blocca. Vi incollo la chiamata intercettata:",
                     "il nostro proxy TLS ispeziona il traffico, forse rompe qualcosa. Ecco la richiesta:"],
              ["the SCA authorisation request times out only from the office network (works over 4G). Proxy capture:",
               "in UAT the embedded SCA step hangs. Pasting the intercepted call:",
               "our TLS proxy inspects traffic, maybe it breaks something. Here's the request:"])
    return compose(lang, intro, req), sec


@S("email")
def s_wrapped_token(lang):
    tok = jwt()
    w = R.choice([60, 64, 70, 72, 76])
    lines = [tok[i:i + w] for i in range(0, len(tok), w)]
    wrapped = "\n".join(lines)
    hdr = L(lang, "> Il giorno %s, %s ha scritto:" % ("2 dic 2026", person(lang)), "> On 2 Dec 2026, %s wrote:" % person(lang))
    intro = L(lang, ["vi riporto l'header che vediamo arrivare al proxy (il client di posta lo ha spezzato, scusate):",
                     "ecco il token che il nostro proxy inoltra, secondo voi è valido?",
                     "il proxy di uscita lo aggiunge così, copio da log:"],
              ["this is the header we see reaching the proxy (the mail client wrapped it, sorry):",
               "here's the token our proxy forwards, do you think it's valid?",
               "the egress proxy adds it like this, copied from the log:"])
    body = "Authorization: Bearer\n" + wrapped
    outro = hdr + "\n> " + L(lang, "Potete mandarci l'header completo che inviate?", "Could you send us the full header you are sending?")
    return compose(lang, intro, body, outro), [("access_token", wrapped)]


@S("shell")
def s_windows_proxy(lang):
    u, pw = "%s\\%s" % (ch(["CORP", "GRUPPO", "EMEA"]), user_name()), password()
    form = R.randint(0, 2)
    if form == 0:
        body = "PS C:\\> cmdkey /add:%s /user:%s /pass:%s\nCMDKEY: Credential added successfully.\nPS C:\\> Invoke-RestMethod https://%s/v1/ping -Proxy http://%s:8080 -ProxyUseDefaultCredentials\nInvoke-RestMethod : The remote server returned an error: (407) Proxy Authentication Required." % (
            host(), u, pw, prov()[1], host())
    elif form == 1:
        body = "$proxy = New-Object System.Net.WebProxy(\"http://%s:8080\")\n$proxy.Credentials = New-Object System.Net.NetworkCredential(\"%s\", \"%s\")\n[System.Net.WebRequest]::DefaultWebProxy = $proxy\nInvoke-RestMethod -Uri https://%s/v1/ping" % (
            host(), u.split("\\")[1], pw, prov()[1])
    else:
        body = "<system.net>\n  <defaultProxy enabled=\"true\" useDefaultCredentials=\"false\">\n    <proxy proxyaddress=\"http://%s:%s@%s:8080\" bypassonlocal=\"true\" />\n  </defaultProxy>\n</system.net>" % (
            u.split("\\")[1], pw.replace("&", "and").replace("<", "").replace("%", "P"), host())
        pw = pw.replace("&", "and").replace("<", "").replace("%", "P")
    intro = L(lang, ["il servizio Windows che chiama le vostre API prende 407 dal proxy. Cosa abbiamo provato:",
                     "su Windows Server 2019 non riusciamo a far passare l'SDK .NET dal proxy, ecco il tentativo:",
                     "questo è il pezzo di configurazione che usiamo:"],
              ["the Windows service calling your API gets 407 from the proxy. What we tried:",
               "on Windows Server 2019 we can't get the .NET SDK through the proxy, here's our attempt:",
               "this is the config bit we use:"])
    return compose(lang, intro, fence(body)), [("password", pw)]


@S("log")
def s_dlp(lang):
    tool = ch(["Zscaler DLP", "Netskope", "Forcepoint DLP", "Symantec DLP", "Palo Alto Enterprise DLP"])
    kind = R.randint(0, 2)
    sec = []
    if kind == 0:
        d = card_digits()
        c = fmt_card(d)
        cv = cvv(len(d) == 15)
        snippet = "...\"pan\":\"%s\",\"exp\":\"%s\",\"cvc\":\"%s\"..." % (c, expiry(), cv)
        sec = [("card_number", c), ("cvv", cv)]
        rule = "PCI - Credit Card Numbers"
    elif kind == 1:
        ib = iban()
        snippet = "...beneficiario %s IBAN %s causale rimborso..." % (person(lang), ib)
        sec = [("iban", ib)]
        rule = "GDPR - IBAN (EU)"
    else:
        d = card_digits()
        c = fmt_card(d)
        ib = iban()
        snippet = "...card_number=%s&payout_iban=%s..." % (c, urllib.parse.quote(ib))
        sec = [("card_number", c), ("iban", urllib.parse.quote(ib))]
        rule = "PCI + EU Financial"
    body = ("%s incident #%d\nPolicy: Block uploads to unsanctioned apps\nRule: %s\nUser: %s@%s.it\nDestination: %s\nAction: Block\nMatched content:\n  %s") % (
        tool, R.randint(100000, 999999), rule, user_name(), corp().replace("-", ""), prov()[1], snippet)
    intro = L(lang, ["il nostro DLP blocca le chiamate verso le vostre API in collaudo perché riconosce dati di carta. Ecco l'incidente:",
                     "la sicurezza ci ha bloccato l'integrazione, questo è il report del DLP. Dobbiamo chiedere un'eccezione per il vostro dominio?",
                     "vi inoltro l'alert del DLP (proxy aziendale):"],
              ["our DLP blocks calls to your API in UAT because it detects card data. Here's the incident:",
               "security blocked our integration; this is the DLP report. Do we need an exception for your domain?",
               "forwarding the DLP alert (corporate proxy):"])
    return compose(lang, intro, body), sec


@S("log")
def s_sms_gateway(lang):
    code = otp() if R.random() < .6 else rs(DG, ch([5, 8]))
    msisdn = "+39 3%02d %07d" % (R.randint(20, 99), R.randint(0, 9999999)) if lang == "it" else "+44 7%03d %06d" % (R.randint(100, 999), R.randint(0, 999999))
    txt = L(lang, ["Il tuo codice di verifica %s è %s. Non condividerlo." % (prov()[0].capitalize(), code),
                   "%s: codice OTP %s per autorizzare il pagamento di EUR %d,%02d" % (prov()[0].capitalize(), code, R.randint(1, 999), R.randint(0, 99))],
            ["Your %s verification code is %s. Do not share it." % (prov()[0].capitalize(), code),
             "%s: OTP %s to approve a payment of GBP %d.%02d" % (prov()[0].capitalize(), code, R.randint(1, 999), R.randint(0, 99))])
    body = ("%s SMPP submit_sm seq=%d src=%s dst=%s data_coding=0 short_message=\"%s\"\n%s SMPP submit_sm_resp seq=%d status=ESME_RTHROTTLED\n%s SMPP unbind (connection reset by %s:2775)") % (
        "2026-12-03 08:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59)), R.randint(100, 99999), prov()[0].upper()[:11], msisdn.replace(" ", ""), txt,
        "2026-12-03 08:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59)), R.randint(100, 99999), "2026-12-03 08:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59)), pub_ip())
    intro = L(lang, ["gli SMS con l'OTP non arrivano ai clienti: il nostro bind SMPP verso il carrier cade. Log del gateway:",
                     "vi incollo il log SMPP, il firewall chiude la connessione verso il carrier dopo pochi secondi:"],
              ["OTP texts don't reach customers: our SMPP bind to the carrier drops. Gateway log:",
               "pasting the SMPP log; the firewall closes the connection to the carrier after a few seconds:"])
    return compose(lang, intro, fence(body)), [("pin", code)]


@S("chat")
def s_key_ip_restrict(lang):
    k = prov_key("live")
    ips = ", ".join(pub_ip() for _ in range(R.randint(2, 4)))
    t = L(lang, ["abbiamo limitato la chiave agli IP %s dalla dashboard, ma ora prendiamo 403 ip_not_allowed anche da quegli indirizzi. La chiave è %s, potete vedere che IP vi arriva?" % (ips, k),
                 "domanda veloce: la restrizione per IP si applica a tutta l'app o alla singola chiave? Noi l'abbiamo messa su %s (IP autorizzati %s) e non va più niente" % (k, ips)],
          ["we restricted the key to IPs %s in the dashboard, but now we get 403 ip_not_allowed even from those addresses. The key is %s, can you see which IP reaches you?" % (ips, k),
           "quick question: does the IP restriction apply to the whole app or the single key? We set it on %s (allowed IPs %s) and nothing works any more" % (k, ips)])
    return compose(lang, t, None), [("access_token", k)]


@S("shell")
def s_h2h_file(lang):
    d = corp().replace("-", "")
    fn = ch(["PAIN001_%s_%s.xml" % (rs(DG, 8), rs(DG, 4)), "CBI_BON_%s.xml" % rs(DG, 10), "payouts_%s.csv" % rs(DG, 8), "BACS_%s.txt" % rs(DG, 6)])
    ls = "$ ls -l /srv/h2h/outbound/\n-rw-r----- 1 h2h h2h %6d Dec  3 06:%02d %s\n-rw-r----- 1 h2h h2h %6d Dec  2 06:%02d %s.sent" % (
        R.randint(2000, 90000), R.randint(0, 59), fn, R.randint(2000, 90000), R.randint(0, 59), "OLD_" + rs(DG, 8))
    sec = []
    if fn.endswith(".xml"):
        dbt = iban_from("IT", bank_parts("IT"))
        cc = ch(["IT", "IT", "DE", "FR", "ES"])
        cdt = iban_from(cc, bank_parts(cc))
        head = ("$ head -c 900 %s\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn><GrpHdr><MsgId>%s</MsgId><NbOfTxs>%d</NbOfTxs>"
                "</GrpHdr><PmtInf><PmtInfId>%s</PmtInfId><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></DbtrAgt>"
                "<CdtTrfTxInf><PmtId><EndToEndId>%s</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt><Cdtr><Nm>%s</Nm></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>") % (
            fn, rs(UP + DG, 16), R.randint(1, 400), rs(UP + DG, 12), dbt, ch(BIC), "E2E" + rs(UP + DG, 12), R.randint(10, 9000), R.randint(0, 99), person(lang), cdt)
        sec = [("iban", dbt), ("iban", cdt)]
    elif fn.startswith("payouts"):
        pt = bank_parts("GB")
        pt2 = bank_parts("GB")
        head = "$ head -3 %s\npayee_name,sort_code,account_number,amount,reference\n%s,%s,%s,%d.%02d,REF%s\n%s,%s,%s,%d.%02d,REF%s" % (
            fn, person("en"), pt["sort"][:2] + "-" + pt["sort"][2:4] + "-" + pt["sort"][4:], pt["acct"], R.randint(5, 900), R.randint(0, 99), rs(DG, 6),
            person("en"), pt2["sort"], pt2["acct"], R.randint(5, 900), R.randint(0, 99), rs(DG, 6))
        sec = [("bank_account", pt["acct"]), ("bank_account", pt2["acct"])]
    else:
        pt = bank_parts("GB")
        head = "$ head -2 %s\nVOL1%s                               %s\n%s%s99%s%s%011d%-18s%s" % (
            fn, rs(DG, 6), rs(DG, 6), pt["sort"], pt["acct"], rs(DG, 6), rs(DG, 8), R.randint(100, 999999), person("en").upper()[:18], "SUPPLIER PAYMT")
        sec = [("bank_account", pt["acct"])]
    intro = L(lang, ["il file di stanotte è rimasto nella cartella di uscita, il trasferimento SFTP verso di voi va in timeout. Vi faccio vedere cosa c'è:",
                     "da quando il firewall è stato aggiornato i flussi host-to-host non partono. Ecco il file in coda:",
                     "il job di invio fallisce (Connection timed out). Contenuto della cartella outbound:"],
              ["last night's file is still in the outbound folder; the SFTP transfer to you times out. Here's what's there:",
               "since the firewall upgrade the host-to-host files don't leave. Here's the queued file:",
               "the send job fails (Connection timed out). Contents of the outbound folder:"])
    return compose(lang, intro, ls + "\n" + head), sec


# ================================================================== PASS TEMPLATES


@P("email")
def p_allowlist_request(lang):
    ips = [cidr() for _ in range(R.randint(2, 5))]
    asn = "AS%d" % ch([3269, 12874, 8968, 16509, 15169, 8075, 13335, 201838])
    p, api = prov()
    lst = "\n".join(ch(["- ", "* ", "  ", "\u2022 "]) + i for i in ips)
    intro = L(lang, ["vi chiediamo di aggiungere alla whitelist i nostri nuovi IP di uscita (NAT gateway) per l'ambiente di produzione:",
                     "cambio di provider internet previsto per lunedì: questi saranno i nuovi IP pubblici da autorizzare su %s:" % api,
                     "per il client_id %s vi preghiamo di abilitare i seguenti range:" % client_id()],
              ["please add our new egress IPs (NAT gateway) to the allowlist for production:",
               "we're changing ISP on Monday; these will be the new public IPs to authorise on %s:" % api,
               "for client_id %s please enable the following ranges:" % client_id()])
    outro = L(lang, ["Il nostro AS è %s. Rif. interno CHG%07d, finestra di cutover %s 22:00-23:00." % (asn, R.randint(1, 9999999), ch(["lunedì", "martedì", "giovedì"])),
                     "I vecchi IP (%s) possono essere rimossi dal %d/12. Telefono reperibile: +39 02 %04d %04d" % (pub_ip(), R.randint(5, 28), R.randint(0, 9999), R.randint(0, 9999))],
              ["Our ASN is %s. Internal ref CHG%07d, cutover window %s 22:00-23:00 UTC." % (asn, R.randint(1, 9999999), ch(["Monday", "Tuesday", "Thursday"])),
               "The old IPs (%s) can be removed from 12/%02d. On-call phone: +44 20 %04d %04d" % (pub_ip(), R.randint(5, 28), R.randint(0, 9999), R.randint(0, 9999))])
    return compose(lang, intro, lst, outro)


@P("csv")
def p_fw_change_table(lang):
    hdr = ch(["src,dst,port,proto,action,ticket", "Sorgente;Destinazione;Porta;Protocollo;Azione;Ticket" if lang == "it" else "Source;Destination;Port;Protocol;Action;Ticket",
              "| src | dst | port | proto | action | ticket |"])
    sep = "," if hdr.startswith("src") else (";" if ";" in hdr else " | ")
    rows = []
    for _ in range(R.randint(3, 7)):
        r = [ch([priv_ip(), cidr()]), ch([pub_ip(), prov()[1], cidr()]), str(port()), ch(["tcp", "udp", "TCP"]), ch(["allow", "ALLOW", "permit"]),
             ch(["CHG", "RITM", "REQ", "NET-"]) + str(R.randint(100000, 9999999))]
        rows.append(("| " + sep.join(r) + " |") if sep == " | " else sep.join(r))
    if sep == " | ":
        rows.insert(0, "|---|---|---|---|---|---|")
    body = hdr + "\n" + "\n".join(rows)
    intro = L(lang, ["vi allego le regole che apriremo sul firewall perimetrale, confermate che bastano?",
                     "richiesta di change approvata dal CAB, queste le regole:",
                     "per il go-live abbiamo preparato queste aperture, ci manca qualcosa?"],
              ["attaching the rules we'll open on the perimeter firewall, can you confirm they are enough?",
               "change request approved by CAB, these are the rules:",
               "for go-live we prepared these openings, are we missing anything?"])
    return compose(lang, intro, body)


@P("form")
def p_ipsec_form_nopsk(lang):
    lp, rp = pub_ip(), pub_ip()
    pskline = L(lang, ch(["PSK: verrà comunicata telefonicamente", "Pre-shared key: ********", "PSK: inviata via SMS al referente", "Chiave condivisa: <da concordare>",
                          "PSK: vedi cassaforte condivisa (vault://network/ipsec/%s)" % prov()[0], "Pre-shared key: [OMISSIS]"]),
                ch(["PSK: to be exchanged by phone", "Pre-shared key: ********", "PSK: sent by SMS to the technical contact", "Shared secret: <to be agreed>",
                    "PSK: see shared vault (vault://network/ipsec/%s)" % prov()[0], "Pre-shared key: [REDACTED]"]))
    lines = [("Peer IP: %s / %s" % (lp, rp)), "IKE: v2 AES-256/SHA-256/DH%d" % ch([14, 19, 20]), "ESP: AES-256-GCM PFS %d" % ch([14, 19, 20]),
             "Encryption domain: %s <-> %s" % (cidr(), cidr()), "SPI in: 0x%s  out: 0x%s" % (hexs(8), hexs(8)), pskline,
             "Lifetime P1/P2: 28800/3600", "DPD: 10s"]
    R.shuffle(lines)
    intro = L(lang, ["vi rimando il modulo del tunnel corretto (avevamo sbagliato il dominio di cifratura):",
                     "parametri per il tunnel IPsec, la chiave ovviamente non la mettiamo per mail:",
                     "riepilogo dei parametri concordati in call:"],
              ["sending back the corrected tunnel form (we had the encryption domain wrong):",
               "IPsec tunnel parameters; obviously we're not putting the key in an e-mail:",
               "summary of the parameters agreed on the call:"])
    return compose(lang, intro, "\n".join(lines))


@P("config")
def p_strongswan_ref(lang):
    a, b = pub_ip(), pub_ip()
    form = R.randint(0, 2)
    if form == 0:
        body = "# /etc/ipsec.secrets\n%s %s : PSK %%prompt\ninclude /etc/ipsec.d/secrets/*.secrets" % (a, b)
    elif form == 1:
        body = "secrets {\n  ike-paygrid {\n    id = %s\n    secret = ${VPN_PSK}\n  }\n}\n# VPN_PSK injected by ansible from {{ vault_ipsec_psk }}" % b
    else:
        body = "conn paygrid\n  left=%%defaultroute\n  leftid=%s\n  right=%s\n  authby=secret\n  ike=aes256-sha2_256-modp2048!\n  keyexchange=ikev2\n# PSK: read from /etc/ipsec.d/paygrid.secrets (root:root 0600)" % (a, b)
    intro = L(lang, ["nostra config strongSwan (la PSK è fuori dal file), il tunnel negozia la fase 1 ma non la 2:",
                     "dopo l'aggiornamento a strongSwan 5.9 il tunnel non sale, config:",
                     "ecco la configurazione lato nostro:"],
              ["our strongSwan config (the PSK lives outside the file); phase 1 negotiates but phase 2 doesn't:",
               "after upgrading to strongSwan 5.9 the tunnel won't come up, config:",
               "here's our side's configuration:"])
    return compose(lang, intro, fence(body))


@P("config")
def p_cisco_hashed(lang):
    form = R.randint(0, 2)
    if form == 0:
        body = ("hostname edge-%s\n!\nenable secret 9 %s\nusername netadmin privilege 15 secret 9 %s\nusername ro secret 5 %s\n!\n"
                "tunnel-group %s ipsec-attributes\n ikev2 remote-authentication pre-shared-key *****\n ikev2 local-authentication pre-shared-key *****") % (
            ch(["mi", "to", "lon", "rm"]), cisco_hash(9), cisco_hash(9), cisco_hash(5), pub_ip())
    elif form == 1:
        body = ("edge#show crypto ipsec sa peer %s\n   local  ident (addr/mask/prot/port): (%s/255.255.255.0/0/0)\n   remote ident (addr/mask/prot/port): (%s/255.255.255.255/0/0)\n"
                "    #pkts encaps: %d, #pkts encrypt: %d\n    #pkts decaps: 0, #pkts decrypt: 0\n     current outbound spi: 0x%s(%d)\n     inbound esp sas:\n      spi: 0x%s(%d)\n        transform: esp-256-aes esp-sha256-hmac") % (
            pub_ip(), priv_ip().rsplit(".", 1)[0] + ".0", pub_ip(), R.randint(100, 99999), R.randint(100, 99999), hexs(8, True), R.randint(10 ** 8, 4 * 10 ** 9), hexs(8, True), R.randint(10 ** 8, 4 * 10 ** 9))
    else:
        body = ("config vpn ipsec phase1-interface\n    edit \"to-paygrid\"\n        set interface \"wan1\"\n        set ike-version 2\n        set peertype any\n"
                "        set proposal aes256-sha256\n        set remote-gw %s\n        set psksecret %s\n    next\nend\nconfig system admin\n    edit \"admin\"\n        set password %s\n    next\nend") % (
            pub_ip(), forti_enc(), forti_enc())
    intro = L(lang, ["vi giro l'output richiesto (la config è quella esportata, le chiavi sono cifrate dal dispositivo):",
                     "come chiesto, show run / show crypto dal nostro apparato:",
                     "i pacchetti escono cifrati ma non torna nulla, vedete?"],
              ["here's the output you asked for (exported config, keys are encrypted by the device):",
               "as requested, show run / show crypto from our box:",
               "packets go out encrypted but nothing comes back, see?"])
    return compose(lang, intro, fence(body))


@P("config")
def p_wireguard_public(lang):
    form = R.randint(0, 2)
    pub = wg_key()
    if form == 0:
        body = ("$ sudo wg show\ninterface: wg0\n  public key: %s\n  private key: (hidden)\n  listening port: %d\n\npeer: %s\n  endpoint: %s:51820\n  allowed ips: %s\n"
                "  latest handshake: %d minutes, %d seconds ago\n  transfer: %.2f KiB received, %.2f KiB sent") % (
            pub, R.randint(40000, 60000), wg_key(), pub_ip(), cidr(), R.randint(2, 59), R.randint(0, 59), R.random() * 900, R.random() * 900)
    elif form == 1:
        body = "[Interface]\nPostUp = wg set %%i private-key /etc/wireguard/privatekey\nAddress = %s/32\n\n[Peer]\nPublicKey = %s\nAllowedIPs = %s\nEndpoint = %s:51820" % (
            priv_ip(), pub, cidr(), pub_ip())
    else:
        body = "[Interface]\nPrivateKey = %s\nAddress = %s/32\n\n[Peer]\nPublicKey = %s\nPresharedKey = %s\nEndpoint = %s:51820" % (
            ch(["<la-tua-chiave-privata>", "<your-private-key>", "${WG_PRIVATE_KEY}", "CHANGE_ME", "{{ wg_private_key }}"]), priv_ip(), pub,
            ch(["<optional>", "${WG_PSK}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx="]), pub_ip())
    intro = L(lang, ["vi mando la nostra chiave pubblica WireGuard da autorizzare: %s" % pub,
                     "stato del tunnel WireGuard, l'ultimo handshake è vecchio:",
                     "template che distribuiamo ai colleghi per collegarsi al vostro ambiente di test:"],
              ["sending our WireGuard public key to authorise: %s" % pub,
               "WireGuard tunnel state, the last handshake is old:",
               "template we hand out to colleagues to connect to your test environment:"])
    return compose(lang, intro, fence(body))


@P("console")
def p_sclient_fail(lang):
    p, api = prov()
    body = ("$ openssl s_client -connect %s:443 -servername %s -cert client.crt -key client.key\nCONNECTED(00000003)\n"
            "%d:error:0A000412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:ssl/record/rec_layer_s3.c:1584:SSL alert number 42\n---\n"
            "no peer certificate available\n---\nNo client certificate CA names sent\n---\nSSL handshake has read 7 bytes and written %d bytes\nVerification: OK\n---\n"
            "New, (NONE), Cipher is (NONE)\nSession-ID: \nMaster-Key: \nVerify return code: 0 (ok)") % (api, api, R.randint(100000000000, 999999999999), R.randint(300, 2000))
    intro = L(lang, ["il server ci rifiuta il certificato client (alert 42). Output:",
                     "ecco s_client con il nostro certificato, la chiave è quella giusta (il modulus coincide, sha256 %s):" % hexs(64),
                     "l'handshake mTLS fallisce, output integrale:"],
              ["your server rejects our client certificate (alert 42). Output:",
               "here's s_client with our certificate; the key is the right one (modulus matches, sha256 %s):" % hexs(64),
               "the mTLS handshake fails, full output:"])
    return compose(lang, intro, fence(body, "console"))


@P("email")
def p_cert_chain(lang):
    c1, c2 = cert_pem(), cert_pem()
    fp = colon_hex(32)
    intro = L(lang, ["il nuovo certificato client per l'mTLS da registrare sul vostro portale (catena completa). Impronta SHA-256 %s" % fp,
                     "vi inoltro la catena che il vostro server ci presenta, secondo noi manca l'intermedia:",
                     "ecco il certificato pubblico da caricare, serial %s, scadenza 2027-12-03:" % colon_hex(16, False)],
              ["the new client certificate for mTLS to register on your portal (full chain). SHA-256 fingerprint %s" % fp,
               "forwarding the chain your server presents; we think the intermediate is missing:",
               "here's the public certificate to upload, serial %s, expiry 2027-12-03:" % colon_hex(16, False)])
    body = c1 + ("\n" + c2 if R.random() < .5 else "")
    if R.random() < .3:
        body += "\n\n" + pub_pem()
    return compose(lang, intro, body)


@P("console")
def p_keytool_list(lang):
    alias = ch(["paygrid-mtls", "h2h", "client", "qwac-2026"])
    body = ("$ keytool -list -v -keystore mtls.p12 -storepass:env KS_PASS\nKeystore type: PKCS12\nYour keystore contains 1 entry\n\nAlias name: %s\nEntry type: PrivateKeyEntry\n"
            "Certificate chain length: 2\nCertificate[1]:\nOwner: CN=%s.api-client, O=%s, C=IT\nIssuer: CN=%s Client CA G2, O=%s\nSerial number: %s\n"
            "Valid from: Tue Dec 01 10:00:00 CET 2026 until: Thu Dec 01 10:00:00 CET 2027\nCertificate fingerprints:\n\t SHA1: %s\n\t SHA256: %s\n"
            "Signature algorithm name: SHA256withRSA\nSubject Public Key Algorithm: 3072-bit RSA key") % (
        alias, corp(), corp(), prov()[0].capitalize(), prov()[0].capitalize(), hexs(32), colon_hex(20), colon_hex(32))
    intro = L(lang, ["il keystore sembra corretto, eppure il vostro gateway non accetta il certificato:",
                     "output di keytool, la password la passiamo da variabile d'ambiente:",
                     "è questo il certificato che avete registrato?"],
              ["the keystore looks right, yet your gateway won't accept the certificate:",
               "keytool output; the password comes from an environment variable:",
               "is this the certificate you registered?"])
    return compose(lang, intro, fence(body))


@P("email")
def p_csr(lang):
    intro = L(lang, ["come da procedura vi mandiamo la CSR per il certificato client di produzione (chiave generata e conservata sul nostro HSM, non esportabile):",
                     "CSR per il rinnovo del certificato mTLS, CN=%s.prod:" % corp(),
                     "in allegato e qui sotto la richiesta di firma:"],
              ["as per the procedure, here's the CSR for the production client certificate (key generated and kept on our HSM, non-exportable):",
               "CSR for the mTLS certificate renewal, CN=%s.prod:" % corp(),
               "attached and below is the signing request:"])
    return compose(lang, intro, csr_pem(), L(lang, "Key id (SKI): %s" % colon_hex(20), "Key id (SKI): %s" % colon_hex(20)))


@P("console")
def p_curl_redacted(lang):
    p, api = prov()
    rid, tr = uid(), hexs(32)
    auth = ch(["Bearer [REDACTED]", "Bearer $TOKEN", "Bearer ***", "Bearer <access_token>", "Bearer eyJ...(troncato)" if lang == "it" else "Bearer eyJ...(truncated)", "Bearer ${PAYGRID_TOKEN}"])
    body = ("$ curl -v https://%s/v2/payments/%s -H 'Authorization: %s'\n*   Trying %s:443...\n* Connected to %s (%s) port 443\n* ALPN: offers h2,http/1.1\n"
            "* TLSv1.3 (OUT), TLS handshake, Client hello (1):\n* TLSv1.3 (IN), TLS handshake, Server hello (2):\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n"
            "> GET /v2/payments/%s HTTP/2\n> authorization: %s\n>\n< HTTP/2 504\n< x-request-id: %s\n< traceparent: 00-%s-%s-01\n< cf-ray: %s-FCO\n<\n{\"error\":\"upstream_timeout\"}") % (
        api, rid, auth, pub_ip(), api, pub_ip(), rid, auth, uid(), tr, hexs(16), hexs(16))
    intro = L(lang, ["timeout 504 intermittenti. Vi passo la chiamata (token oscurato):",
                     "curl -v dal server di produzione, il request id è nella risposta:",
                     "ecco cosa succede, trace id %s:" % tr],
              ["intermittent 504 timeouts. Here's the call (token masked):",
               "curl -v from the production server, the request id is in the response:",
               "here's what happens, trace id %s:" % tr])
    return compose(lang, intro, fence(body, "console"))


@P("console")
def p_dig(lang):
    d = corp().replace("-", "")
    body = ("$ dig +short TXT %s.it\n\"v=spf1 include:_spf.%s ~all\"\n\"%s-site-verification=%s\"\n\"google-site-verification=%s\"\n$ dig +short TXT _acme-challenge.webhooks.%s.it\n\"%s\"\n"
            "$ dig +short TXT sel1._domainkey.%s.it\n\"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\"\n$ dig +short CNAME webhooks.%s.it\nhooks-eu.%s.") % (
        d, prov()[1].split(".", 1)[1], prov()[0], b64url(24), b64url(32), d, b64url(32), d, b64(180).rstrip("="), d, prov()[1].split(".", 1)[1])
    intro = L(lang, ["la verifica del dominio sul vostro portale non passa. Record DNS pubblicati:",
                     "abbiamo messo il record di verifica che ci avete dato, ma la dashboard dice ancora 'pending':",
                     "output di dig dal nostro lato:"],
              ["domain verification on your portal doesn't pass. Published DNS records:",
               "we added the verification record you gave us, but the dashboard still says 'pending':",
               "dig output from our side:"])
    return compose(lang, intro, fence(body))


@P("console")
def p_mtr(lang):
    p, api = prov()
    lines = ["Start: 2026-12-03T%02d:%02d:00+0100" % (R.randint(0, 23), R.randint(0, 59)), "HOST: %s                 Loss%%   Snt   Last   Avg  Best  Wrst StDev" % ch(["app01", "batch-02", "k8s-node-3"])]
    for i in range(1, R.randint(6, 11)):
        lines.append("%3d.|-- %-28s %5.1f%%    10  %5.1f %5.1f %5.1f %5.1f %5.1f" % (i, ch([pub_ip(), priv_ip(), "???"]), ch([0, 0, 0, 10, 40, 100]), R.random() * 40, R.random() * 40, R.random() * 10, R.random() * 90, R.random() * 9))
    body = "$ mtr -rwc 10 %s\n" % api + "\n".join(lines)
    intro = L(lang, ["latenze altissime verso le vostre API dalle 9 di stamattina. mtr:",
                     "c'è perdita di pacchetti sul percorso verso di voi, vedete anche voi problemi?",
                     "traceroute/mtr come richiesto dal vostro collega:"],
              ["very high latency to your API since 9am. mtr:",
               "there's packet loss on the path to you, do you see issues too?",
               "traceroute/mtr as your colleague asked:"])
    return compose(lang, intro, fence(body))


@P("capture")
def p_tcpdump_summary(lang):
    a, b = priv_ip(), pub_ip()
    lines = []
    t0 = R.randint(0, 86000)
    for i in range(R.randint(5, 10)):
        fl = ch(["[S]", "[S.]", "[.]", "[P.]", "[R.]", "[F.]"])
        lines.append("%02d:%02d:%02d.%06d IP %s.%d > %s.443: Flags %s, seq %d, ack %d, win %d, options [mss 1460,sackOK,TS val %d ecr 0], length %d" % (
            (t0 // 3600) % 24, (t0 // 60) % 60, t0 % 60, R.randint(0, 999999), a, R.randint(30000, 60999), b, fl, R.randint(10 ** 8, 4 * 10 ** 9), R.randint(10 ** 8, 4 * 10 ** 9),
            ch([64240, 502, 65535]), R.randint(10 ** 8, 4 * 10 ** 9), ch([0, 0, 517, 1448, 31])))
    body = "# tcpdump -nni eth0 host %s and port 443\n" % b + "\n".join(lines)
    intro = L(lang, ["vediamo un RST subito dopo il ClientHello, sembra arrivare da un apparato in mezzo. Cattura:",
                     "tcpdump sul nostro firewall in uscita:",
                     "il SYN parte, il SYN-ACK torna, poi reset. Ecco:"],
              ["we see a RST right after the ClientHello, it looks like it comes from a box in between. Capture:",
               "tcpdump on our egress firewall:",
               "SYN goes out, SYN-ACK comes back, then reset. Here:"])
    return compose(lang, intro, fence(body))


@P("capture")
def p_clienthello(lang):
    p, api = prov()
    body = ("Transport Layer Security\n    TLSv1.3 Record Layer: Handshake Protocol: Client Hello\n        Handshake Protocol: Client Hello\n            Version: TLS 1.2 (0x0303)\n"
            "            Random: %s\n            Session ID Length: 32\n            Session ID: %s\n            Cipher Suites Length: 34\n"
            "            Extension: server_name (len=%d) name=%s\n            Extension: key_share (len=38) x25519\n                Key Exchange: %s\n"
            "            [JA3 Fullstring: 771,4865-4866-4867-49195-49199,0-23-65281-10-11-35-16-5-13-18-51-45-43-27-21,29-23-24,0]\n            [JA3: %s]\n            [JA4: t13d1516h2_%s_%s]") % (
        hexs(64), hexs(64), len(api) + 5, api, hexs(64), hexs(32), hexs(12), hexs(12))
    intro = L(lang, ["il nostro proxy di ispezione TLS sembra modificare il ClientHello. Da Wireshark:",
                     "ecco il ClientHello che esce dal nostro server, supportate queste cipher?",
                     "dettaglio Wireshark del pacchetto rifiutato:"],
              ["our TLS inspection proxy seems to alter the ClientHello. From Wireshark:",
               "here's the ClientHello leaving our server, do you support these ciphers?",
               "Wireshark detail of the rejected packet:"])
    return compose(lang, intro, fence(body))


@P("shell")
def p_proxy_env_ref(lang):
    h = host()
    form = R.randint(0, 3)
    if form == 0:
        body = "export HTTPS_PROXY=\"http://${PROXY_USER}:${PROXY_PASS}@%s:8080\"\nexport NO_PROXY=\"localhost,127.0.0.1,.svc,%s\"" % (h, priv_ip())
    elif form == 1:
        body = "export https_proxy=http://%s:3128\nexport no_proxy=169.254.169.254,.internal\n# credenziali: Kerberos (negotiate), nessuna password nel file" % h if lang == "it" else \
            "export https_proxy=http://%s:3128\nexport no_proxy=169.254.169.254,.internal\n# auth: Kerberos (negotiate), no password in here" % h
    elif form == 2:
        body = "proxies = {\n    \"https\": f\"http://{os.environ['PROXY_USER']}:{os.environ['PROXY_PASSWORD']}@%s:8080\",\n}\nr = requests.get(\"https://%s/v1/ping\", proxies=proxies, timeout=10)" % (h, prov()[1])
    else:
        body = "HTTPS_PROXY=http://<utente>:<password>@%s:8080" % h if lang == "it" else "HTTPS_PROXY=http://<user>:<password>@%s:8080" % h
    intro = L(lang, ["impostiamo il proxy così, ma le chiamate escono direttamente (e il firewall le scarta):",
                     "nel nostro wiki il proxy è documentato in questo modo, è corretto per le vostre API?",
                     "questo è tutto quello che facciamo per il proxy:"],
              ["we set the proxy like this, but calls go out directly (and the firewall drops them):",
               "our wiki documents the proxy this way, is it right for your API?",
               "this is all we do for the proxy:"])
    return compose(lang, intro, fence(body))


@P("log")
def p_squid_access(lang):
    lines = []
    for _ in range(R.randint(4, 8)):
        lines.append("%d.%03d %6d %s %s/%d %d CONNECT %s:443 %s HIER_DIRECT/%s -" % (
            R.randint(1796000000, 1796999999), R.randint(0, 999), R.randint(1, 60000), priv_ip(), ch(["TCP_TUNNEL", "TCP_DENIED", "TCP_TUNNEL", "TCP_MISS"]),
            ch([200, 200, 403, 407, 503]), R.randint(0, 90000), prov()[1], ch([user_name(), "-"]), pub_ip()))
    intro = L(lang, ["access.log di squid nel momento del problema, vedete che alcune CONNECT vengono negate:",
                     "estratto del log del proxy (gli utenti sono quelli di servizio):"],
              ["squid access.log at the time of the problem; you can see some CONNECTs are denied:",
               "proxy log excerpt (the users are service accounts):"])
    return compose(lang, intro, fence("\n".join(lines)))


@P("config")
def p_cntlm_hash(lang):
    body = ("# /etc/cntlm.conf\nUsername\t%s\nDomain\t\t%s\nAuth\t\tNTLMv2\nPassNTLMv2\t%s\nProxy\t\t%s:8080\nListen\t\t3128\n# hash generato con cntlm -H, la password non è nel file" % (
        user_name(), ch(["CORP", "GRUPPO"]), hexs(32, True), host())) if lang == "it" else (
        "# /etc/cntlm.conf\nUsername\t%s\nDomain\t\t%s\nAuth\t\tNTLMv2\nPassNTLMv2\t%s\nProxy\t\t%s:8080\nListen\t\t3128\n# hash generated with cntlm -H, password not stored" % (
            user_name(), ch(["CORP", "EMEA"]), hexs(32, True), host()))
    intro = L(lang, ["cntlm configurato con l'hash, il proxy risponde 407 solo verso il vostro dominio:",
                     "config di cntlm dopo il cambio password di dominio:"],
              ["cntlm set up with the hash; the proxy answers 407 only for your domain:",
               "cntlm config after the domain password change:"])
    return compose(lang, intro, fence(body))


@P("config")
def p_htpasswd(lang):
    lines = []
    for _ in range(R.randint(2, 5)):
        lines.append("%s:%s" % (user_name(), ch([apr1(), bcrypt(), "{SHA}" + b64(20)])))
    body = "# /etc/squid/passwords\n" + "\n".join(lines)
    intro = L(lang, ["il proxy usa basic auth con questo file htpasswd, l'utente di servizio è il primo:",
                     "vi mostro il file delle utenze del proxy (sono hash), il nostro servizio si autentica con la prima:"],
              ["the proxy uses basic auth with this htpasswd file; the service user is the first one:",
               "here's the proxy's user file (hashes only); our service authenticates with the first one:"])
    return compose(lang, intro, fence(body))


@P("yaml")
def p_k8s_refs(lang):
    form = R.randint(0, 1)
    if form == 0:
        body = ("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: webhooks\n  annotations:\n    cert-manager.io/cluster-issuer: letsencrypt-dns\n"
                "    nginx.ingress.kubernetes.io/whitelist-source-range: \"%s,%s\"\nspec:\n  tls:\n    - hosts: [webhooks.%s.it]\n      secretName: webhooks-tls\n"
                "  rules:\n    - host: webhooks.%s.it") % (cidr(), cidr(), corp().replace("-", ""), corp().replace("-", ""))
    else:
        body = ("apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: letsencrypt-dns\nspec:\n  acme:\n    server: https://acme-v02.api.letsencrypt.org/directory\n"
                "    privateKeySecretRef:\n      name: le-account-key\n    solvers:\n      - dns01:\n          cloudflare:\n            apiTokenSecretRef:\n              name: cloudflare-api-token\n              key: api-token")
    intro = L(lang, ["abbiamo ristretto l'ingress dei webhook ai vostri range IP, ora le notifiche non arrivano:",
                     "manifest del nostro endpoint webhook:"],
              ["we restricted the webhook ingress to your IP ranges, now notifications don't arrive:",
               "manifest of our webhook endpoint:"])
    return compose(lang, intro, fence(body, "yaml"))


@P("config")
def p_terraform_refs(lang):
    form = R.randint(0, 2)
    if form == 0:
        body = "provider \"cloudflare\" {\n  api_token = var.cloudflare_api_token\n}\n\nvariable \"cloudflare_api_token\" {\n  type      = string\n  sensitive = true\n}"
    elif form == 1:
        body = ("data \"aws_secretsmanager_secret_version\" \"vpn_psk\" {\n  secret_id = \"arn:aws:secretsmanager:eu-south-1:%d:secret:network/paygrid-psk-%s\"\n}\n\n"
                "resource \"aws_vpn_connection\" \"paygrid\" {\n  customer_gateway_id   = aws_customer_gateway.paygrid.id\n  transit_gateway_id    = \"tgw-%s\"\n"
                "  tunnel1_preshared_key = data.aws_secretsmanager_secret_version.vpn_psk.secret_string\n}") % (R.randint(10 ** 11, 10 ** 12 - 1), rs(ALNUM, 6), hexs(17))
    else:
        body = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# ^ esempio dalla documentazione AWS, le nostre sono in SSO" if lang == "it" else \
            "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# ^ AWS docs example, ours come from SSO"
    intro = L(lang, ["come gestiamo le credenziali della rete in Terraform, secondo voi va bene per l'audit che ci chiedete?",
                     "il tunnel verso di voi è gestito da Terraform, estratto:",
                     "vi incollo la parte rilevante della configurazione:"],
              ["how we handle network credentials in Terraform; is this fine for the audit you're asking about?",
               "the tunnel to you is managed by Terraform, excerpt:",
               "pasting the relevant part of the configuration:"])
    return compose(lang, intro, fence(body))


@P("log")
def p_gateway_mtls_log(lang):
    body = ("%sZ WARN mtls client_cert_rejected subject=\"CN=%s.api-client,O=%s,C=IT\" issuer=\"CN=%s Issuing CA 02\" serial=%s sha256=%s "
            "kid=%s client_id=%s request_id=%s src=%s reason=unknown_ca") % (
        "2026-12-0%dT%02d:%02d:%02d.%03d" % (R.randint(1, 3), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
        corp(), corp(), ch(["Actalis", "InfoCert", "Sectigo", "DigiCert"]), hexs(32), hexs(64), hexs(16), client_id(), uid(), pub_ip())
    intro = L(lang, ["il vostro collega ci ha mandato questa riga di log, ma il certificato è quello caricato ieri sul portale. Cosa manca?",
                     "rispondo alla vostra richiesta: sì, il seriale e l'impronta sono i nostri:",
                     "log che ci avete inoltrato:"],
              ["your colleague sent us this log line, but the certificate is the one uploaded yesterday to the portal. What's missing?",
               "answering your question: yes, the serial and fingerprint are ours:",
               "the log line you forwarded to us:"])
    return compose(lang, intro, body)


@P("capture")
def p_signature_headers(lang):
    p, api = prov()
    body = ("POST /hooks/%s HTTP/1.1\nHost: webhooks.%s.it\nContent-Type: application/json\nDigest: SHA-256=%s\n"
            "Signature: keyId=\"%s\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest\",signature=\"%s\"\n%s-Signature: t=%d,v1=%s\nX-Forwarded-For: %s, %s\n\n"
            "{\"id\":\"evt_%s\",\"type\":\"payment.settled\"}") % (
        p, corp().replace("-", ""), b64(32), hexs(16), b64(256), p.capitalize(), R.randint(1796000000, 1796999999), hexs(64), pub_ip(), priv_ip(), rs(ALNUM, 24))
    intro = L(lang, ["la verifica della firma fallisce solo per le richieste che passano dal nostro WAF. Richiesta grezza ricevuta:",
                     "ecco un webhook così come arriva al backend (dopo il load balancer):",
                     "vi incollo header e body del webhook rifiutato dalla nostra verifica:"],
              ["signature verification fails only for requests that go through our WAF. Raw request received:",
               "here's a webhook as it reaches the backend (after the load balancer):",
               "pasting headers and body of the webhook our verification rejected:"])
    return compose(lang, intro, fence(body))


@P("capture")
def p_capture_masked_card(lang):
    p, api = prov()
    d = card_digits()
    choice = R.randint(0, 3)
    if choice == 0:
        num = d[:6] + "******" + d[-4:]
    elif choice == 1:
        num = "**** **** **** " + d[-4:]
    elif choice == 2:
        num = card(valid=False)
    else:
        num = "tok_" + rs(ALNUM, 24)
    js = json.dumps({"amount": R.randint(100, 99999), "currency": "EUR", "payment_method": {"type": "card", "card": num, "exp": expiry(), "cvc": ch(["***", "[REDACTED]", ""])},
                     "order_id": "ORD-%d" % R.randint(10 ** 6, 10 ** 7)}, indent=ch([None, 2]))
    body = "POST https://%s/v1/payments\n%s\n<< 400 {\"error\":\"card_declined\",\"request_id\":\"%s\"}" % (api, js, uid())
    intro = L(lang, ["cattura dal proxy (i dati carta sono mascherati dal nostro logger):",
                     "la richiesta come la vede il nostro proxy di ispezione, perché viene rifiutata?",
                     "ecco il flusso intercettato, il numero di carta è quello che usiamo nei test negativi:"],
              ["capture from the proxy (card data masked by our logger):",
               "the request as our inspection proxy sees it; why is it declined?",
               "here's the intercepted flow; the card number is the one we use for negative tests:"])
    return compose(lang, intro, body)


@P("capture")
def p_capture_bank_nonsecret(lang):
    cc = ch(["IT", "DE", "FR", "ES", "GB", "NL"])
    choice = R.randint(0, 3)
    if choice == 0:
        val = {"iban": iban(cc, valid=False)}
    elif choice == 1:
        full = iban_from(cc, bank_parts(cc))
        val = {"iban": full[:4] + "*" * (len(full) - 8) + full[-4:]}
    elif choice == 2:
        val = {"bic": ch(BIC)}
    else:
        pt = bank_parts("IT")
        val = {"abi": pt["abi"], "cab": pt["cab"]}
    js = json.dumps({"creditor": {"name": corp(), "account": val}, "amount": "%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "end_to_end_id": "E2E%s" % rs(UP + DG, 14)}, indent=ch([None, 2]))
    body = "%s squid[%d]: TCP_MISS/502 POST /v1/payouts\n%s" % ("Dec  3 %02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(1000, 9999), js)
    intro = L(lang, ["l'API ci risponde 422 invalid_account, ma il proxy si mette in mezzo e non capiamo. Corpo della richiesta:",
                     "richiesta di payout catturata dal gateway (i dati sono quelli del test di validazione):",
                     "ecco il corpo che il nostro proxy inoltra:"],
              ["the API answers 422 invalid_account, but the proxy is in the way and we can't tell. Request body:",
               "payout request captured by the gateway (data from the validation test):",
               "here's the body our proxy forwards:"])
    return compose(lang, intro, body)


@P("chat")
def p_vpn_prose(lang):
    t = L(lang, ["la password della VPN mi è scaduta venerdì e l'SMS con il codice non arriva più al numero +39 3%02d %07d. Potete resettare l'utenza %s? Non serve che mi mandiate la password per mail, uso il link di reset." % (R.randint(20, 99), R.randint(0, 9999999), user_name()),
                 "ho cambiato telefono e l'app authenticator non ha più il token per la vostra VPN. Come faccio a rifare l'enrolment? Il mio utente è %s, il ticket interno è INC%07d." % (user_name(), R.randint(0, 9999999)),
                 "domanda: la PSK del tunnel va cambiata ogni quanto secondo le vostre policy? Noi la ruotiamo ogni 90 giorni e la conserviamo nel vault, mai in chiaro.",
                 "il codice OTP per la VPN arriva con 5 minuti di ritardo e scade prima che riesca a inserirlo. Succede solo a me?"],
          ["my VPN password expired on Friday and the SMS code no longer reaches +44 7%03d %06d. Could you reset user %s? No need to e-mail me the password, I'll use the reset link." % (R.randint(100, 999), R.randint(0, 999999), user_name()),
           "I changed phone and my authenticator no longer has the token for your VPN. How do I re-enrol? My user is %s, internal ticket INC%07d." % (user_name(), R.randint(0, 9999999)),
           "question: how often should the tunnel PSK be changed under your policy? We rotate ours every 90 days and keep it in the vault, never in clear text.",
           "the VPN OTP arrives 5 minutes late and expires before I can type it. Is it just me?"])
    return compose(lang, t, None)


@P("shell")
def p_snmp_ref(lang):
    body = ("$ snmpwalk -v2c -c \"$SNMP_RO_COMMUNITY\" %s IF-MIB::ifDescr\nIF-MIB::ifDescr.1 = STRING: wan1\nIF-MIB::ifDescr.12 = STRING: to-paygrid\n"
            "$ snmpget -v3 -l authPriv -u monitor -a SHA -A \"$SNMP_AUTH\" -x AES -X \"$SNMP_PRIV\" %s SNMPv2-MIB::sysDescr.0\nSNMPv2-MIB::sysDescr.0 = STRING: FortiGate-60F v7.2.%d,build%d\n"
            "# engineID 0x%s") % (priv_ip(), priv_ip(), R.randint(1, 9), R.randint(1000, 2000), hexs(24))
    intro = L(lang, ["dal nostro monitoraggio l'interfaccia del tunnel risulta su, quindi il problema è dal vostro lato?",
                     "check SNMP che facciamo ogni minuto (le credenziali sono nelle variabili dell'NMS):"],
              ["our monitoring shows the tunnel interface up, so is the problem on your side?",
               "the SNMP checks we run every minute (credentials live in the NMS variables):"])
    return compose(lang, intro, fence(body))


@P("config")
def p_radius_ref(lang):
    body = ("client vpn-gw {\n    ipaddr = %s\n    secret = $ENV{RADIUS_SHARED_SECRET}\n    shortname = fortigate\n}\n\n# radius.log\n"
            "Auth: (%d) Login OK: [%s] (from client vpn-gw port 0 cli %s)\nAuth: (%d) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [%s] (from client vpn-gw port 0 cli %s)") % (
        priv_ip(), R.randint(100, 9999), user_name(), mac(), R.randint(100, 9999), user_name(), mac())
    intro = L(lang, ["alcuni utenti riescono ad entrare in VPN e altri no, log RADIUS:",
                     "config e log del server RADIUS (il segreto è in variabile d'ambiente):"],
              ["some users get into the VPN and others don't, RADIUS log:",
               "RADIUS server config and log (the secret is in an environment variable):"])
    return compose(lang, intro, fence(body))


@P("log")
def p_openvpn_log(lang):
    ts = lambda: "2026-12-03 %02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    body = "\n".join([
        "%s OpenVPN 2.6.%d x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL]" % (ts(), R.randint(1, 9)),
        "%s TCP/UDP: Preserving recently used remote address: [AF_INET]%s:1194" % (ts(), pub_ip()),
        "%s TLS: Initial packet from [AF_INET]%s:1194, sid=%s %s" % (ts(), pub_ip(), hexs(8), hexs(8)),
        "%s VERIFY OK: depth=1, CN=%s VPN CA" % (ts(), prov()[0].capitalize()),
        "%s VERIFY KU OK" % ts(),
        "%s Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bits RSA, signature: RSA-SHA256" % ts(),
        "%s [%s-vpn] Peer Connection Initiated with [AF_INET]%s:1194" % (ts(), prov()[0], pub_ip()),
        "%s AUTH: Received control message: AUTH_FAILED" % ts() if R.random() < .5 else "%s Initialization Sequence Completed" % ts()])
    intro = L(lang, ["log del client OpenVPN (verb 3), la connessione sale ma poi non raggiungiamo l'host di collaudo:",
                     "ecco il log della connessione VPN:"],
              ["OpenVPN client log (verb 3); the connection comes up but we can't reach the UAT host:",
               "here's the VPN connection log:"])
    return compose(lang, intro, fence(body))


@P("console")
def p_tailscale_status(lang):
    lines = []
    for _ in range(R.randint(3, 6)):
        lines.append("100.%d.%d.%d   %-18s %-22s linux   %s" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254), ch(["pg-bridge", "batch01", "laptop-mrossi", "k8s-egress", "jump"]),
                                                             ch(["ops@", "it@", "dev@"]) + corp().replace("-", "") + ".it", ch(["-", "active; direct %s:41641" % pub_ip(), "idle, tx 1234 rx 5678", "offline"])))
    body = "$ tailscale status\n" + "\n".join(lines) + "\n$ tailscale debug prefs | grep -i key\n  \"NodeKey\": \"nodekey:%s\",\n  \"DiscoKey\": \"discokey:%s\"" % (hexs(64), hexs(64))
    intro = L(lang, ["il nodo che fa da bridge verso il vostro sandbox risulta offline da ieri:",
                     "stato della tailnet (le chiavi sono quelle pubbliche dei nodi):"],
              ["the node bridging to your sandbox has been offline since yesterday:",
               "tailnet status (the keys are the nodes' public keys):"])
    return compose(lang, intro, fence(body))


@P("log")
def p_cloudflared_log(lang):
    tid = uid()
    lines = ["2026-12-03T%02d:%02d:%02dZ INF Starting tunnel tunnelID=%s" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), tid),
             "2026-12-03T%02d:%02d:%02dZ INF Registered tunnel connection connIndex=0 connection=%s event=0 ip=%s location=mxp%02d protocol=quic" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), uid(), pub_ip(), R.randint(1, 9)),
             "2026-12-03T%02d:%02d:%02dZ ERR  error=\"Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: dial tcp 127.0.0.1:8080: connect: connection refused\" cfRay=%s-MXP originService=http://localhost:8080" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), hexs(16))]
    intro = L(lang, ["log del tunnel che riceve i vostri webhook (tunnel ID %s):" % tid, "vedete qualcosa nei vostri retry? Il nostro log:"],
              ["log of the tunnel receiving your webhooks (tunnel ID %s):" % tid, "do you see anything in your retries? Our log:"])
    return compose(lang, intro, fence("\n".join(lines)))


@P("console")
def p_ssh_verbose(lang):
    h = "sftp.h2h." + prov()[1].split(".", 1)[1]
    body = ("$ ssh -vvv -p 2222 %s@%s\ndebug1: Connecting to %s [%s] port 2222.\ndebug1: Connection established.\ndebug1: Remote protocol version 2.0, remote software version OpenSSH_9.6\n"
            "debug1: Server host key: ssh-ed25519 %s\ndebug1: Host '[%s]:2222' is known and matches the ED25519 host key.\ndebug1: Offering public key: /home/batch/.ssh/id_ed25519 ED25519 %s\n"
            "debug1: Authentications that can continue: publickey\ndebug1: No more authentication methods to try.\n%s@%s: Permission denied (publickey).\n\n"
            "# authorized_keys registrata sul vostro portale:\n%s batch@%s") % (
        user_name(), h, h, pub_ip(), sha256_fp(), h, sha256_fp(), user_name(), h, ssh_pub(), corp())
    if lang == "en":
        body = body.replace("# authorized_keys registrata sul vostro portale:", "# public key registered on your portal:")
    intro = L(lang, ["dopo la rotazione della chiave l'SFTP host-to-host ci rifiuta. Verbose:",
                     "Permission denied (publickey) verso il vostro SFTP, eppure la chiave pubblica è quella caricata:"],
              ["after the key rotation host-to-host SFTP rejects us. Verbose:",
               "Permission denied (publickey) on your SFTP, although the public key is the uploaded one:"])
    return compose(lang, intro, fence(body))


@P("config")
def p_sftp_no_pw(lang):
    h = "sftp.h2h." + prov()[1].split(".", 1)[1]
    body = ("[Sessions\\h2h-%s]\nHostName=%s\nPortNumber=2222\nUserName=%s\nPublicKeyFile=C:\\keys\\h2h_%s.ppk\nHostKey=ssh-ed25519 255 %s\nFSProtocol=2\n\n"
            "; file caricati oggi: CBI_%s_%s.xml (sha256 %s)") % (
        prov()[0], h, user_name(), corp(), sha256_fp(), rs(DG, 8), rs(DG, 4), hexs(64))
    if lang == "en":
        body = body.replace("; file caricati oggi:", "; files uploaded today:")
    intro = L(lang, ["configurazione WinSCP per l'host-to-host (autenticazione a chiave), il file di oggi risulta non ricevuto:",
                     "vi allego la sessione WinSCP che usiamo, il fingerprint del vostro host è cambiato?"],
              ["WinSCP configuration for host-to-host (key auth); today's file shows as not received:",
               "attaching the WinSCP session we use; did your host fingerprint change?"])
    return compose(lang, intro, fence(body))


@P("log")
def p_envoy_access(lang):
    lines = []
    for _ in range(R.randint(3, 7)):
        lines.append("[2026-12-03T%02d:%02d:%02d.%03dZ] \"%s %s HTTP/2\" %d %s %d %d %d \"%s\" \"%s\" \"%s\" \"%s\" \"%s:443\"" % (
            R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), ch(["GET", "POST"]), ch(["/v2/payments", "/v2/payouts/" + uid(), "/oauth/token", "/v1/accounts"]),
            ch([200, 201, 503, 504, 401]), ch(["-", "UF", "UT", "URX", "UC"]), R.randint(0, 4000), R.randint(0, 9000), R.randint(1, 30000), priv_ip(), "paygrid-java/4.%d.%d" % (R.randint(0, 9), R.randint(0, 9)),
            uid(), prov()[1], pub_ip()))
    intro = L(lang, ["log di accesso del sidecar envoy in uscita, i flag UF/UT compaiono a ondate:",
                     "vi giro l'access log del nostro egress gateway (i request id li trovate anche voi):"],
              ["egress envoy sidecar access log; UF/UT flags come in waves:",
               "forwarding our egress gateway access log (you should find the request ids too):"])
    return compose(lang, intro, fence("\n".join(lines)))


@P("email")
def p_tls_policy(lang):
    intro = L(lang, ["il nostro team sicurezza chiede conferma che supportiate solo TLS 1.2+ e queste suite. La nostra policy OpenSSL:",
                     "dopo l'hardening dei server le chiamate verso di voi falliscono. Configurazione applicata:"],
              ["our security team wants confirmation that you only support TLS 1.2+ and these suites. Our OpenSSL policy:",
               "after server hardening, calls to you fail. Applied configuration:"])
    body = ("[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!DSS\nCiphersuites = TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256\n"
            "Groups = X25519:P-256\n# JA3 del client dopo la modifica: %s" % hexs(32)) if lang == "it" else (
        "[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!DSS\nCiphersuites = TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256\n"
        "Groups = X25519:P-256\n# client JA3 after the change: %s" % hexs(32))
    return compose(lang, intro, fence(body))


@P("console")
def p_acme_challenge(lang):
    d = corp().replace("-", "")
    tok = b64url(32)
    body = ("$ certbot certonly --webroot -w /var/www/html -d webhooks.%s.it\nCertbot failed to authenticate some domains (authenticator: webroot).\n  Domain: webhooks.%s.it\n"
            "  Type:   unauthorized\n  Detail: %s: Invalid response from http://webhooks.%s.it/.well-known/acme-challenge/%s: 403\n"
            "$ curl -sI http://webhooks.%s.it/.well-known/acme-challenge/%s\nHTTP/1.1 403 Forbidden\nServer: nginx\nX-Deny-Reason: geo-ip") % (
        d, d, pub_ip(), d, tok, d, tok)
    intro = L(lang, ["il certificato dell'endpoint webhook non si rinnova perché il firewall blocca la challenge HTTP (e poi i vostri webhook falliscono):",
                     "vi scrivo per capire se è normale: certbot fallisce, ecco l'output:"],
              ["the webhook endpoint certificate won't renew because the firewall blocks the HTTP challenge (and then your webhooks fail):",
               "writing to check whether this is expected: certbot fails, here's the output:"])
    return compose(lang, intro, fence(body))


@P("config")
def p_nginx_refs(lang):
    p, api = prov()
    body = ("location /paygrid/ {\n    proxy_pass https://%s/;\n    proxy_ssl_certificate     /etc/nginx/mtls/client.crt;\n    proxy_ssl_certificate_key /etc/nginx/mtls/client.key;\n"
            "    proxy_ssl_password_file   /etc/nginx/mtls/passphrase.txt;\n    proxy_ssl_verify on;\n    proxy_ssl_trusted_certificate /etc/ssl/certs/ca-bundle.crt;\n"
            "    proxy_set_header Authorization $http_authorization;\n    proxy_set_header X-Api-Key $paygrid_api_key;   # from env via perl_set\n}") % api
    intro = L(lang, ["configurazione del nostro proxy di uscita, certificati e chiave stanno su file con permessi 0600:",
                     "il proxy inoltra l'header del client così com'è, vedete problemi?"],
              ["our egress proxy config; certs and key sit in 0600 files:",
               "the proxy forwards the client's header as is, do you see problems?"])
    return compose(lang, intro, fence(body))


@P("config")
def p_haproxy_refs(lang):
    body = ("userlist stats_users\n    user admin password %s\n    user noc password %s\n\nlisten stats\n    bind *:8404\n    stats uri /stats\n    acl auth_ok http_auth(stats_users)\n"
            "    stats http-request auth unless auth_ok\n\nbackend paygrid\n    server api %s:443 ssl verify required ca-file /etc/ssl/certs/ca.pem check inter 5s\n"
            "    http-request set-header Authorization \"Basic %%[env(PAYGRID_BASIC)]\"") % (sha512crypt(), sha512crypt(), prov()[1])
    intro = L(lang, ["health check verso il vostro endpoint sempre rosso, config HAProxy:",
                     "vi mostro come abbiamo configurato il backend (le password della pagina stats sono hash):"],
              ["health check to your endpoint always red, HAProxy config:",
               "showing how we configured the backend (the stats page passwords are hashes):"])
    return compose(lang, intro, fence(body))


@P("form")
def p_device_ids(lang):
    dev = ch(["router 4G di backup", "CPE in fibra", "firewall di filiale"]) if lang == "it" else ch(["4G backup router", "fibre CPE", "branch firewall"])
    iccid = "8939" + rs(DG, 14)
    iccid += luhn_digit(iccid)
    imei = "35" + rs(DG, 12)
    imei += luhn_digit(imei)
    lines = [("Dispositivo: %s" if lang == "it" else "Device: %s") % dev, "Serial: %s" % rs(UP + DG, 14), "MAC WAN: %s" % mac(), "IMEI: %s" % imei, "ICCID: %s" % iccid,
             "IP pubblico: %s" % pub_ip() if lang == "it" else "Public IP: %s" % pub_ip(), "Firmware: 7.2.%d build %d" % (R.randint(1, 9), R.randint(1000, 2000))]
    intro = L(lang, ["quando la fibra cade usciamo dal 4G e le vostre API ci rifiutano. Dati del dispositivo di backup da autorizzare:",
                     "come richiesto, i dati del nostro apparato:"],
              ["when the fibre drops we go out over 4G and your API rejects us. Backup device details to authorise:",
               "as requested, our device details:"])
    return compose(lang, intro, "\n".join(lines))


@P("log")
def p_waf_redacted(lang):
    lines = ["rule_id=%d action=block uri=/hooks/%s src=%s request_id=%s authorization=[REDACTED] body_len=%d" % (
        ch([942100, 932160, 920273, 100004]), prov()[0], pub_ip(), uid(), R.randint(100, 3000)) for _ in range(R.randint(2, 5))]
    intro = L(lang, ["il WAF blocca una parte dei vostri webhook, il nostro log (oscura già le credenziali):",
                     "falso positivo sulle vostre notifiche, vi passo le righe del WAF:"],
              ["the WAF blocks some of your webhooks; our log (already masks credentials):",
               "false positive on your notifications, here are the WAF lines:"])
    return compose(lang, intro, fence("\n".join(lines)))


@P("email")
def p_keylog_howto(lang):
    intro = L(lang, ["per decifrare la cattura ci chiedete le chiavi di sessione: non posso mandarvele per policy, ma vi dico come le abbiamo generate. Il file resta sul nostro server.",
                     "come suggerito dal vostro collega abbiamo abilitato il keylog per il debug, ecco la procedura (il contenuto non ve lo giro):"],
              ["you ask for the session keys to decrypt the capture; our policy forbids sending them, but here's how we produced them. The file stays on our server.",
               "as your colleague suggested we enabled key logging for debugging; here's the procedure (I won't forward the contents):"])
    body = "export SSLKEYLOGFILE=/tmp/sslkeys.log\nnode --tls-keylog=/tmp/sslkeys.log client.js\n# Wireshark: Preferences > Protocols > TLS > (Pre)-Master-Secret log filename\nsha256sum capture.pcapng\n%s  capture.pcapng" % hexs(64)
    return compose(lang, intro, fence(body))


@P("console")
def p_ike_debug(lang):
    a, b = pub_ip(), pub_ip()
    body = "\n".join([
        "%s 09[IKE] initiating IKE_SA paygrid[%d] to %s" % ("Dec  3 10:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59)), R.randint(1, 9), b),
        "%s 09[ENC] generating IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) ]" % "Dec  3 10:00:01",
        "%s 11[IKE] authentication of '%s' (myself) with pre-shared key" % ("Dec  3 10:00:01", a),
        "%s 11[IKE] IKE_SA paygrid[1] established between %s[%s]...%s[%s]" % ("Dec  3 10:00:02", a, a, b, b),
        "%s 11[IKE] scheduling reauthentication in 10%03ds" % ("Dec  3 10:00:02", R.randint(0, 999)),
        "%s 11[IKE] CHILD_SA paygrid{1} established with SPIs %s_i %s_o and TS %s === %s" % ("Dec  3 10:00:02", hexs(8), hexs(8), cidr(), cidr()),
        "%s 13[ENC] parsed INFORMATIONAL response 2 [ N(TS_UNACCEPT) ]" % "Dec  3 10:00:09",
        "IKE SPI: %s_i %s_r" % (hexs(16), hexs(16))])
    intro = L(lang, ["la fase 1 sale, la fase 2 viene rifiutata con TS_UNACCEPTABLE. Log di charon:",
                     "vi incollo il debug IKE del nostro lato:"],
              ["phase 1 comes up, phase 2 is refused with TS_UNACCEPTABLE. charon log:",
               "pasting the IKE debug from our side:"])
    return compose(lang, intro, fence(body))


@P("email")
def p_placeholders(lang):
    form = R.randint(0, 2)
    if form == 0:
        body = "curl -x http://proxy.example:8080 --proxy-user <user>:<password> \\\n  -H \"Authorization: Bearer <your-token>\" https://%s/v1/ping" % prov()[1]
    elif form == 1:
        body = "[Interface]\nPrivateKey = YOUR_PRIVATE_KEY\n[Peer]\nPublicKey = {{ peer_public_key }}\nPresharedKey = {{ vpn_psk }}\nEndpoint = {{ peer_endpoint }}:51820"
    else:
        body = "HTTPS_PROXY=http://USERNAME:PASSWORD@proxy.azienda.local:8080\nPAYGRID_CLIENT_SECRET=YOUR_CLIENT_SECRET\nPAYGRID_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx"
    intro = L(lang, ["nella vostra guida \"Connettività\" c'è questo esempio, ma non è chiaro dove vada messo il certificato client:",
                     "abbiamo preparato un README per i colleghi partendo dal vostro esempio, è corretto?",
                     "dal template che ci avete mandato:"],
              ["your \"Connectivity\" guide has this example, but it's unclear where the client certificate goes:",
               "we wrote a README for colleagues based on your example, is it right?",
               "from the template you sent us:"])
    return compose(lang, intro, fence(body))


@P("email")
def p_public_ids(lang):
    p, api = prov()
    lines = [("client_id: %s" % client_id()), ("publishable key: pk_live_%s" % rs(ALNUM, 24)), ("kid: %s" % hexs(16)), ("webhook endpoint id: we_%s" % rs(ALNUM, 20)),
             ("key id mTLS: %s" % uid()), ("organisation id: %s" % rs(UP + DG, 18)), ("certificate thumbprint (x5t#S256): %s" % b64url(32))]
    R.shuffle(lines)
    lines = lines[:R.randint(3, 6)]
    intro = L(lang, ["per abilitare gli IP %s e %s sul vostro lato vi servono questi riferimenti:" % (pub_ip(), pub_ip()),
                     "riepilogo dei dati pubblici della nostra applicazione, per il vostro team di rete:"],
              ["to enable IPs %s and %s on your side you need these references:" % (pub_ip(), pub_ip()),
               "summary of our application's public data, for your network team:"])
    return compose(lang, intro, "\n".join(lines))


@P("capture")
def p_hexdump(lang):
    rows = []
    off = 0
    for _ in range(R.randint(4, 9)):
        bs = [hexs(2) for _ in range(16)]
        rows.append("%04x  %s  %s" % (off, " ".join(bs), "".join(ch(".....abcdEFG0123") for _ in range(16))))
        off += 16
    body = "Frame %d: %d bytes on wire\nTLSv1.3 Record Layer: Application Data Protocol: Hypertext Transfer Protocol 2\n    Encrypted Application Data: %s…\n\n%s" % (
        R.randint(10, 9000), R.randint(100, 1500), hexs(48), "\n".join(rows))
    intro = L(lang, ["dalla cattura vediamo solo dati cifrati, ci confermate che questo pacchetto arriva a voi?",
                     "hex dump del pacchetto prima del reset:"],
              ["the capture only shows encrypted data; can you confirm this packet reaches you?",
               "hex dump of the packet before the reset:"])
    return compose(lang, intro, fence(body))


@P("email")
def p_egress_ip_question(lang):
    p, api = prov()
    ips = ", ".join(pub_ip() for _ in range(R.randint(2, 4)))
    t = L(lang, ["Per aprire il firewall in ingresso ai vostri webhook ci servono i vostri IP di origine. Sul sito vediamo %s: sono ancora validi? Avete anche IPv6 (es. 2001:db8:%x::/48)?" % (ips, R.randint(0, 65535)),
                 "Il nostro SOC chiede un elenco ufficiale degli IP da cui partono le notifiche di %s, con data di ultimo aggiornamento. Attualmente abbiamo in whitelist %s." % (p, ips)],
          ["To open our inbound firewall to your webhooks we need your source IPs. Your site lists %s: still valid? Do you also use IPv6 (e.g. 2001:db8:%x::/48)?" % (ips, R.randint(0, 65535)),
           "Our SOC wants an official list of the IPs %s notifications come from, with the last update date. We currently allowlist %s." % (p, ips)])
    return compose(lang, t, None)


@P("log")
def p_dlp_masked(lang):
    tool = ch(["Zscaler DLP", "Netskope", "Forcepoint DLP"])
    d = card_digits()
    body = ("%s incident #%d\nRule: PCI - Credit Card Numbers\nDestination: %s\nAction: Allow (monitor)\nMatched content: %s (1 match, value masked by policy)\nFile hash: %s") % (
        tool, R.randint(100000, 999999), prov()[1], ch(["XXXX-XXXX-XXXX-" + d[-4:], d[:6] + "XXXXXX" + d[-4:], "[MASKED]"]), hexs(64))
    intro = L(lang, ["il DLP segnala le nostre chiamate di test verso di voi, per fortuna maschera il dato. Incidente:",
                     "alert del DLP su un invio verso il vostro dominio, possiamo chiedere un'eccezione?"],
              ["the DLP flags our test calls to you; luckily it masks the value. Incident:",
               "DLP alert on a request to your domain, can we ask for an exception?"])
    return compose(lang, intro, body)


@P("csv")
def p_ip_inventory(lang):
    hdr = "hostname,ip_privato,ip_nat,mac,ruolo,seriale" if lang == "it" else "hostname,private_ip,nat_ip,mac,role,serial"
    rows = [",".join([ch(["app", "batch", "egress", "pg-bridge", "db"]) + "%02d" % R.randint(1, 20), priv_ip(), pub_ip(), mac(),
                      ch(["api-client", "webhook-rx", "h2h", "proxy"]), rs(UP + DG, 12)]) for _ in range(R.randint(3, 7))]
    intro = L(lang, ["inventario delle macchine che chiameranno le vostre API, per la whitelist:",
                     "vi allego l'elenco host con gli IP NAT (CSV):"],
              ["inventory of the machines that will call your API, for the allowlist:",
               "attaching the host list with NAT IPs (CSV):"])
    return compose(lang, intro, hdr + "\n" + "\n".join(rows))


@P("console")
def p_proxy_407(lang):
    body = ("HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Negotiate\nProxy-Authenticate: NTLM\nProxy-Authenticate: Basic realm=\"%s\"\nX-Squid-Error: ERR_CACHE_ACCESS_DENIED 0\n"
            "Via: 1.1 %s (squid/5.7)\nX-Cache: MISS from %s") % (corp().upper(), host(), host())
    intro = L(lang, ["il proxy ci risponde così quando l'SDK prova a collegarsi. L'SDK supporta l'autenticazione Negotiate?",
                     "risposta del proxy alla CONNECT verso le vostre API:"],
              ["the proxy answers like this when the SDK tries to connect. Does the SDK support Negotiate auth?",
               "the proxy's answer to the CONNECT towards your API:"])
    return compose(lang, intro, fence(body))


@P("email")
def p_bank_details_public(lang):
    cc = ch(["IT", "GB", "DE"])
    if lang == "it":
        lines = ["BIC: %s" % ch(BIC), "ABI %s CAB %s (filiale di %s)" % (bank_parts("IT")["abi"], rs(DG, 5), ch(["Milano", "Torino", "Bologna", "Bari"])),
                 "Conto: ****%s" % rs(DG, 4), "IBAN: %s" % iban(cc, valid=False)]
    else:
        lines = ["BIC: %s" % ch(BIC), "Sort code: %s-%s-%s (branch only)" % (rs(DG, 2), rs(DG, 2), rs(DG, 2)), "Account: ****%s" % rs(DG, 4),
                 "IBAN: %s" % iban(cc, valid=False)]
    R.shuffle(lines)
    lines = "\n".join(lines[:R.randint(2, 4)])
    intro = L(lang, ["il payout host-to-host di ieri è stato scartato con 'account invalid'. Nel file c'erano questi riferimenti (l'IBAN era sbagliato, ora lo correggiamo):",
                     "domanda sul tracciato: il campo BIC è obbligatorio? Esempio dal file rifiutato:"],
              ["yesterday's host-to-host payout was rejected with 'account invalid'. The file had these references (the IBAN was wrong, we're fixing it):",
               "question on the file format: is the BIC field mandatory? Example from the rejected file:"])
    return compose(lang, intro, lines)


# ================================================================== main
def main(out="fresh34.jsonl"):
    slots = ["S"] * N_SECRET + ["P"] * N_PASS
    R.shuffle(slots)
    langs = ["it"] * (N_TOTAL // 2) + ["en"] * (N_TOTAL - N_TOTAL // 2)
    R.shuffle(langs)
    pools = {"S": [], "P": []}

    def next_t(k):
        if not pools[k]:
            pools[k] = list(TEMPLATES[k])
            R.shuffle(pools[k])
        return pools[k].pop()

    rows = []
    for i, (k, lang) in enumerate(zip(slots, langs)):
        name, style, f = next_t(k)
        res = f(lang)
        if k == "S":
            text, secs = res
        else:
            text, secs = res, []
        seen, labels = set(), []
        for kind, val in secs:
            if (kind, val) in seen:
                continue
            seen.add((kind, val))
            if val not in text:
                raise SystemExit("label not in text: %s %s %r" % (name, kind, val))
            labels.append({"kind": kind, "value": val})
        if k == "S" and not labels:
            raise SystemExit("secret template without labels: " + name)
        rows.append({"id": "f34-%04d" % (i + 1), "lang": lang, "style": style, "text": text, "secrets": labels, "_t": name})
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            r = dict(r)
            r.pop("_t")
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter
    c = Counter(r["_t"] for r in rows)
    print(len(TEMPLATES["S"]), "secret templates,", len(TEMPLATES["P"]), "pass templates; max per template", max(c.values()), file=sys.stderr)
