#!/usr/bin/env python3
"""gen_fresh31.py -- sealed corpus fresh31, "things that pay by themselves:
devices, kiosks and machines".

Written blind to the guard, following only docs/guard-corpora.md.
Deterministic: random.Random(3131031).  Output: fresh31.jsonl (1,600 samples,
750 with secrets, 850 that must pass), ids f31-NNNN.

Labelling decisions where docs/guard-corpora.md is silent
----------------------------------------------------------
* OCPP `AuthorizationKey` (Basic-auth password of security profile 1/2) ->
  password.  Charge-point ids, EVSE ids, connector ids, OCPP idTag / RFID UIDs,
  chargeBoxSerialNumber, meter serials -> pass.
* Wi-Fi PSKs, MQTT broker passwords, APN passwords (AT+CGAUTH / AT+QICSGP),
  Node-RED credential passwords, kiosk admin/web-UI/RDP/VNC passwords,
  u-boot `wifi_psk` -> password; also with Passwort/Kennwort/mot de passe/
  contraseña labels.
* SIM PIN and PUK (AT+CPIN), BLE pairing passkeys, technician/service-menu
  PINs of terminals and kiosks, SMS/OTP codes an end user got at a charger or
  locker (and locker pick-up codes sent as one-time codes) -> pin.
* LoRaWAN AppKey / NwkKey / AppSKey / NwkSKey (device shared root or session
  keys) -> client_secret.  DevEUI, JoinEUI/AppEUI, DevAddr -> pass.
* DUKPT: BDK and IPEK cleartext components and a cleartext TMK component
  written in a key-injection note -> private_key (symmetric key material,
  "similar private key").  KSN, key check values (KCV), key slot numbers,
  KIF names -> pass.
* Azure IoT Hub `SharedAccessKey=` values -> vendor_key (the base64 value
  only).  AWS AKIA/ASIA key ids and their secret keys -> vendor_key (each
  labelled separately); the AWS documentation example keys pass.  Device
  private keys (PEM, also JSON-escaped with \\n) -> private_key; device
  certificates, public keys, certificate ids/ARNs and fingerprints pass.
* The payment provider's own device API keys (`spk_live_…`, `spk_test_…`),
  device bearer tokens, JWTs, Home Assistant long-lived tokens, pairing-QR
  tokens -> access_token.  Refresh tokens stored on kiosks -> refresh_token.
  Kiosk backend OAuth client secrets and Basic blobs / `id:secret` pairs ->
  client_secret.  Stripe sk_live_, Twilio auth tokens, Google AIza,
  SendGrid SG., Slack xoxb-/webhook URLs, GitHub ghp_ -> vendor_key.
* Card data of end users in operators' offline-transaction reports and
  refund requests: full PAN -> card_number, CVV/CVC given as such -> cvv;
  expiry dates pass.  Masked PANs, BINs, AIDs, ATC, TVR, STAN, RRN,
  authorization codes on slips, TIDs, MIDs -> pass.
* IMEI (Luhn-valid, 15 digits) and ICCID (Luhn-valid, 89…) and IMSI pass.
* Firmware hashes, manifest signatures, certificate fingerprints, public
  keys, UUIDs, MAC addresses, serials, SKU/tariff codes, placeholders,
  `!secret xyz` references, env/secret reads -> pass.
* Domestic accounts: UK -> the 8-digit account number; IT -> the conto
  (12 digits) when given with ABI/CAB; DE -> the Kontonummer next to its BLZ;
  FR -> the whole RIB line; ES -> the whole CCC.
"""
import json, random, string, base64, hashlib, uuid, re, sys

R = random.Random(3131031)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def pick(x):
    return R.choice(x)


def rs(n, cs=ALNUM):
    return "".join(R.choice(cs) for _ in range(n))


def rhex(n, upper=False):
    s = rs(n, HEX)
    return s.upper() if upper else s


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_PREFIXES = [("4111", 16), ("4539", 16), ("4916", 16), ("4000", 16), ("5555", 16), ("5105", 16),
                 ("5425", 16), ("2221", 16), ("2720", 16), ("378282", 15), ("371449", 15), ("6011", 16),
                 ("3530", 16), ("4242", 16), ("5200", 16)]


def card_raw():
    p, n = pick(CARD_PREFIXES)
    return luhn_complete(p, n)


def fmt_card(c):
    st = R.random()
    if len(c) == 15:
        if st < 0.5:
            return f"{c[:4]} {c[4:10]} {c[10:]}"
        return c
    if st < 0.4:
        return " ".join(c[i:i + 4] for i in range(0, 16, 4))
    if st < 0.55:
        return "-".join(c[i:i + 4] for i in range(0, 16, 4))
    if st < 0.65:
        return ".".join(c[i:i + 4] for i in range(0, 16, 4))
    return c


def card():
    return fmt_card(card_raw())


def bad_card():
    c = card_raw()
    last = int(c[-1])
    c = c[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(c)
    return fmt_card(c)


def mask_card():
    c = card_raw()
    return pick([f"**** **** **** {c[-4:]}", f"{c[:6]}******{c[-4:]}", f"XXXX-XXXX-XXXX-{c[-4:]}",
                 f"•••• {c[-4:]}", f"{c[:4]} **** **** {c[-4:]}", f"************{c[-4:]}"])


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def bban_for(country):
    if country == "IT":
        return pick(string.ascii_uppercase) + digits(5) + digits(5) + digits(12)
    if country == "DE":
        return digits(8) + digits(10)
    if country == "FR":
        return digits(5) + digits(5) + digits(11) + digits(2)
    if country == "ES":
        return digits(4) + digits(4) + digits(2) + digits(10)
    if country == "GB":
        return pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(6) + digits(8)
    if country == "NL":
        return pick(["ABNA", "INGB", "RABO"]) + digits(10)
    if country == "AT":
        return digits(16)
    if country == "BE":
        return digits(12)


def iban_raw(country=None):
    country = country or pick(["IT", "IT", "IT", "DE", "FR", "ES", "GB", "NL", "AT", "BE"])
    b = bban_for(country)
    return country + iban_check(country, b) + b


def fmt_iban(i):
    if R.random() < 0.55:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i


def iban(country=None):
    return fmt_iban(iban_raw(country))


def bad_iban(country=None):
    i = iban_raw(country)
    cd = int(i[2:4])
    new = "%02d" % ((cd + R.randint(1, 50)) % 97 + 2 if (cd + R.randint(1, 50)) % 97 + 2 < 99 else 3)
    if new == i[2:4]:
        new = "%02d" % ((int(new) + 1) % 97 + 2)
    j = i[:2] + new + i[4:]
    if any(iban_valid(j[:L]) for L in range(15, len(j) + 1)):
        return bad_iban(country)
    return fmt_iban(j)


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    try:
        num = "".join(str(int(ch, 36)) for ch in rearr)
    except ValueError:
        return False
    return int(num) % 97 == 1


def mask_iban():
    i = iban_raw()
    return pick([f"{i[:4]} **** **** {i[-4:]}", f"{i[:2]}** **** **** **** {i[-3:]}", f"{i[:6]}XXXXXXXXXXXX{i[-4:]}"])


def imei():
    return luhn_complete(pick(["35", "86", "01", "35"]) + digits(6), 15)


def iccid():
    return luhn_complete("8939" + pick(["01", "10", "88", "99"]), pick([19, 20]))


def imsi():
    return pick(["22201", "22210", "22288", "22250", "26201"]) + digits(10)


def mac(sep=":"):
    return sep.join(rhex(2, True) for _ in range(6))


def eui():
    return rhex(16, True)


def safe_num(n):
    """A numeric id that can never be read as a valid card."""
    while True:
        s = str(R.randint(1, 9)) + digits(n - 1)
        if not luhn_ok(s):
            return s


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def sha256():
    return hashlib.sha256(rs(20).encode()).hexdigest()


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Girasole", "Parcheggio", "Lavanderia", "Benzina", "Totem", "Colonnina", "Caffe", "Spritz",
            "Tramonto", "Vesuvio", "Dolomiti", "Laguna", "Falco", "Lupo", "Orsa", "Sirena", "Vending",
            "Autolavaggio", "Pompa", "Chiosco", "Kiosk", "Charger", "Locker", "Washer", "Meter"]


def password():
    st = R.random()
    if st < 0.35:
        return pick(PW_WORDS) + pick(["!", "@", "#", "$", "_", "."]) + digits(R.randint(2, 4))
    if st < 0.6:
        return rs(R.randint(10, 16), ALNUM + "!#%&*+-_=@")
    if st < 0.8:
        return pick(PW_WORDS).lower() + pick(["-", ".", "_"]) + pick(PW_WORDS).lower() + digits(2)
    return pick(PW_WORDS) + digits(4) + pick(["!", "?", "$"]) + rs(3, string.ascii_uppercase)


def pin(n=None):
    n = n or pick([4, 4, 5, 6, 6, 8])
    while True:
        p = digits(n)
        if len(set(p)) > 1:
            return p


def jwt():
    h = base64.urlsafe_b64encode(json.dumps({"alg": pick(["RS256", "ES256", "HS256"]), "typ": "JWT"}).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"sub": "device-" + rhex(8), "iat": 1796000000 + R.randint(0, 9999999),
                                             "scope": pick(["pos.write", "charge.session", "payments:create"])}).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64url(pick([32, 64]))}"


def access_token():
    st = R.random()
    if st < 0.35:
        return "spk_" + pick(["live", "live", "test"]) + "_" + rs(32)
    if st < 0.6:
        return jwt()
    if st < 0.8:
        return "at_" + rs(40)
    return rs(44, ALNUM + "-_")


def refresh_token():
    return pick(["rt_", "rtk_", "", "1//0"]) + rs(pick([40, 48, 64]), ALNUM + "-_")


def client_secret():
    return pick(["cs_", "", "sec_", ""]) + rs(pick([32, 40, 48]), ALNUM + pick(["", "-_", "~."]))


def pem_body(n):
    raw = b64(n)
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def private_key():
    t = pick(["EC PRIVATE KEY", "PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"EC PRIVATE KEY": 121, "PRIVATE KEY": 138, "RSA PRIVATE KEY": 600, "OPENSSH PRIVATE KEY": 300}[t]
    return f"-----BEGIN {t}-----\n{pem_body(n)}\n-----END {t}-----"


def public_key():
    t = pick(["PUBLIC KEY", "CERTIFICATE"])
    return f"-----BEGIN {t}-----\n{pem_body(pick([91, 294, 420]))}\n-----END {t}-----"


def vendor_key():
    k = pick(["stripe", "twilio", "aiza", "sg", "slack", "ghp", "slackhook", "mapbox"])
    if k == "stripe":
        return pick(["sk_live_", "rk_live_"]) + rs(pick([24, 99]))
    if k == "twilio":
        return rhex(32)
    if k == "aiza":
        return "AIza" + rs(35, ALNUM + "-_")
    if k == "sg":
        return "SG." + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_")
    if k == "slack":
        return "xoxb-" + digits(12) + "-" + digits(13) + "-" + rs(24)
    if k == "ghp":
        return "ghp_" + rs(36)
    if k == "slackhook":
        return "https://hooks.slack.com/services/T" + rs(8, string.ascii_uppercase + string.digits) + "/B" + rs(10, string.ascii_uppercase + string.digits) + "/" + rs(24)
    return "pk.eyJ1Ijoi" + rs(20) + "." + rs(22, ALNUM + "-_") if False else "sk.eyJ1Ijoi" + rs(30) + "." + rs(22, ALNUM + "-_")


def akia():
    return pick(["AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567")


def aws_secret():
    return rs(40, ALNUM + "/+")


def azure_key():
    return b64(32)


def lora_key():
    return rhex(32, True)


def dukpt_key():
    return rhex(32, True)


# ---------------------------------------------------------------- context
CITIES = ["Milano", "Torino", "Bologna", "Napoli", "Bari", "Verona", "Padova", "Firenze", "Genova", "Roma", "Trento", "Lecce"]
VENDORS = ["VendiSmart", "ParkEasy", "EVolta", "Kioskia", "LockBox24", "LavaPiù", "FuelNet", "WashPoint", "TicketGo", "BarCaffè Automatico"]
NAMES_IT = ["Marco", "Giulia", "Luca", "Francesca", "Davide", "Chiara", "Andrea", "Sara", "Paolo", "Elena", "Matteo", "Roberta"]
NAMES_EN = ["Tom", "Priya", "James", "Hannah", "Oliver", "Aisha", "Ben", "Claire", "Daniel", "Emma", "Raj", "Sophie"]
SURN = ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Smith", "Patel", "Walker", "Müller", "Dubois", "García"]
MACHINES_IT = ["distributore automatico", "parcometro", "colonnina di ricarica", "totem self-service", "biglietteria automatica",
               "locker", "autolavaggio self", "lavanderia a gettoni", "erogatore carburante self", "lettore carte unattended"]
MACHINES_EN = ["vending machine", "parking meter", "EV charger", "self-service kiosk", "ticket machine", "smart locker",
               "car wash", "laundromat washer", "fuel pump", "unattended card reader"]


def name(lang):
    return pick(NAMES_IT if lang == "it" else NAMES_EN) + " " + pick(SURN)


def machine(lang):
    return pick(MACHINES_IT if lang == "it" else MACHINES_EN)


def cpid():
    return pick(["CP-", "ITEVL", "EVB-P", "cp_", "CS"]) + rhex(2, True) + safe_num(5)


def serial():
    return pick(["SN", "VM", "KSK", "PM", "LCK", "SN-"]) + rs(2, string.ascii_uppercase) + safe_num(7)


def tid():
    return safe_num(8)


def mid():
    return safe_num(pick([10, 12]))


def ticket():
    return "#" + str(R.randint(40000, 99999))


def greet(lang):
    if lang == "it":
        return pick(["Buongiorno,", "Ciao,", "Salve,", "Buonasera,", "Gentile supporto,", "Ciao ragazzi,", "Spett.le Sportello,", ""])
    return pick(["Hi,", "Hello team,", "Good morning,", "Hey,", "Dear support,", "Hi all,", ""])


def sign(lang):
    n = name(lang)
    if lang == "it":
        return pick([f"Grazie, {n}", f"Saluti\n{n}", f"{n} - {pick(VENDORS)}", "Inviato da iPhone", f"Cordiali saluti,\n{n}\nUfficio tecnico", "grazie mille", ""])
    return pick([f"Thanks, {n}", f"Cheers\n{n}", f"{n} | {pick(VENDORS)}", "Sent from my Android", f"Best regards,\n{n}\nField Ops", "ty", ""])


def wrap(lang, intro, body, outro=None):
    parts = [greet(lang), intro, body]
    if outro:
        parts.append(outro)
    parts.append(sign(lang))
    return "\n".join(p for p in parts if p != "").strip()


def pwlabel(lang):
    if lang == "it":
        return pick(["password", "pwd", "Password", "pass", "Passwort", "parola d'ordine", "mot de passe", "contraseña", "PW"])
    return pick(["password", "pwd", "Password", "pass", "Kennwort", "passphrase", "mot de passe", "contraseña", "PW"])


# ================================================================= SECRET templates
# each returns (style, text, [(kind, value), ...])

def s_secrets_h(lang):
    ssid = pick(["Distributori_", "PARK-", "EVolta-", "KIOSK_", "Lav-"]) + rs(4, string.ascii_uppercase + string.digits)
    wp, mp = password(), password()
    secrets = [("password", wp), ("password", mp)]
    api = ""
    if R.random() < 0.45:
        t = access_token() if R.random() < 0.7 else None
        if t and "." not in t:
            api = f'#define SPORTELLO_API_KEY "{t}"\n'
            secrets.append(("access_token", t))
    cmt = "// credenziali rete del distributore" if lang == "it" else "// network creds for the unit"
    code = (f"// secrets.h\n{cmt}\n#pragma once\n#define WIFI_SSID \"{ssid}\"\n#define WIFI_PASSWORD \"{wp}\"\n"
            f"#define MQTT_HOST \"mqtt.{pick(['vendismart', 'evolta', 'kioskia', 'parkeasy'])}.it\"\n#define MQTT_PORT 8883\n"
            f"#define MQTT_USER \"{pick(['vm', 'unit', 'dev'])}{safe_num(4)}\"\n#define MQTT_PASS \"{mp}\"\n{api}")
    intro = pick(["vi giro il secrets.h dell'ESP32 che monta la scheda del distributore, non si collega al broker:",
                  "la scheda ESP32 va in reboot loop dopo il connect MQTT, allego il file:",
                  "il tecnico mi ha mandato questo, è giusto così?"]) if lang == "it" else pick(
        ["here's the secrets.h from the ESP32 board in the machine, it never reaches the broker:",
         "board keeps rebooting after MQTT connect, file attached inline:", "is this the right way to set it up?"])
    return "c", wrap(lang, intro, "```\n" + code + "```"), secrets


def s_arduino(lang):
    wp, mp = password(), password()
    cmt_it = ["// NON committare!!", "// da cambiare prima della consegna", "// rete del bar"]
    cmt_en = ["// don't commit this!!", "// change before shipping", "// site wifi"]
    c = pick(cmt_it if lang == "it" else cmt_en)
    code = (f"#include <WiFi.h>\n#include <PubSubClient.h>\n\nconst char* ssid = \"{pick(['Bar_Sport', 'Lavanderia', 'Parcheggio_Nord', 'Station42'])}\";\n"
            f"const char* password = \"{wp}\"; {c}\nconst char* mqtt_server = \"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}\";\n\n"
            f"void reconnect() {{\n  while (!client.connected()) {{\n    if (client.connect(\"coin-{safe_num(5)}\", \"machine\", \"{mp}\")) {{\n"
            f"      client.subscribe(\"vend/+/cmd\");\n    }} else {{ delay(5000); }}\n  }}\n}}")
    intro = pick(["Lo sketch della gettoniera, il client MQTT si disconnette ogni 30 secondi:", "sketch arduino, scusate il disordine"]) if lang == "it" else pick(
        ["Coin acceptor sketch, MQTT client drops every 30s:", "arduino sketch below, sorry for the mess"])
    return "arduino", wrap(lang, intro, code), [("password", wp), ("password", mp)]


def s_ocpp(lang):
    key = pick([rhex(40, True), rhex(32), password(), rs(20)])
    cp = cpid()
    st = R.random()
    if st < 0.35:
        body = json.dumps([2, uid(), "ChangeConfiguration", {"key": "AuthorizationKey", "value": key}])
    elif st < 0.7:
        body = (f"{pick(['2026-11-30', '2026-12-01', '2026-12-02'])}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:12Z [{cp}] "
                f"GetConfiguration.conf configurationKey=[{{key=HeartbeatInterval,value=300}},{{key=AuthorizationKey,readonly=false,value={key}}},"
                f"{{key=SecurityProfile,value=1}}]")
    else:
        body = f"CentralSystemURL = wss://ocpp.{pick(['evolta', 'chargeit', 'voltaria'])}.eu/ocpp16/{cp}\nSecurityProfile = 2\nAuthorizationKey = {key}\nMeterValueSampleInterval = 60"
    intro = pick([f"La colonnina {cp} non si autentica più dopo il cambio profilo di sicurezza. Log:",
                  f"Config OCPP della wallbox {cp}, il CSMS risponde 401:"]) if lang == "it" else pick(
        [f"Charger {cp} fails Basic auth after switching to security profile 2. Log:", f"OCPP config for {cp}, CSMS keeps returning 401:"])
    return "log", wrap(lang, intro, body), [("password", key)]


def s_azure(lang):
    k = azure_key()
    dev = pick(["kiosk-", "locker-", "vm-", "meter-"]) + safe_num(4)
    cs = f"HostName={pick(['sportello-iot', 'vend-fleet', 'park-hub'])}.azure-devices.net;DeviceId={dev};SharedAccessKey={k}"
    st = R.random()
    if st < 0.5:
        body = f'"IoTHub": {{\n  "ConnectionString": "{cs}"\n}}'
    else:
        body = f"az iot hub device-identity connection-string show --device-id {dev} --hub-name vend-fleet\n{{\n  \"connectionString\": \"{cs}\"\n}}"
    intro = pick(["Il device non invia telemetria all'IoT Hub, ecco la stringa di connessione:", "appsettings del totem:"]) if lang == "it" else pick(
        ["The device won't send telemetry to IoT Hub, connection string below:", "appsettings of the kiosk:"])
    return "json", wrap(lang, intro, body), [("vendor_key", k)]


def s_aws(lang):
    a, s = akia(), aws_secret()
    body = (f"[default]\naws_access_key_id = {a}\naws_secret_access_key = {s}\nregion = eu-south-1\n" if R.random() < 0.5 else
            f"export AWS_ACCESS_KEY_ID={a}\nexport AWS_SECRET_ACCESS_KEY={s}\npython provision_things.py --csv lotto_{safe_num(3)}.csv")
    intro = pick(["Lo script di provisioning dei lettori fallisce con AccessDenied, uso queste credenziali:",
                  "sul portatile del tecnico c'è questo, va bene per registrare le thing?"]) if lang == "it" else pick(
        ["Provisioning script for the readers fails with AccessDenied, these are the creds I use:",
         "technician's laptop has this, fine for registering things?"])
    return "ini", wrap(lang, intro, body), [("vendor_key", a), ("vendor_key", s)]


def s_devkey(lang):
    pk = private_key()
    st = R.random()
    if st < 0.35:
        esc = pk.replace("\n", "\\n")
        body = '{"thingName": "locker-' + safe_num(4) + '", "certificatePem": "-----BEGIN CERTIFICATE-----\\nMIIB' + rs(40) + '...\\n-----END CERTIFICATE-----", "privateKey": "' + esc + '"}'
        val = esc
    else:
        body = f"$ cat /etc/device/{pick(['device.key', 'client.key', 'private.pem.key', 'id_ed25519'])}\n{pk}"
        val = pk
    intro = pick(["Il lettore non completa l'handshake TLS con l'endpoint, vi metto la chiave del device:",
                  "da console seriale ho recuperato questo, serve?"]) if lang == "it" else pick(
        ["Reader doesn't finish the TLS handshake with the endpoint, here's the device key:", "pulled this via serial console, useful?"])
    return "pem", wrap(lang, intro, body), [("private_key", val)]


def s_lorawan(lang):
    ak = lora_key()
    secrets = [("client_secret", ak)]
    extra = ""
    if R.random() < 0.35:
        nk = lora_key()
        extra = f"\nNwkKey: {nk}"
        secrets.append(("client_secret", nk))
    dev, join = eui(), eui()
    if R.random() < 0.5:
        body = (f"ttn-lw-cli end-devices create parcometri pm-{safe_num(4)} --dev-eui {dev} --join-eui {join} "
                f"--frequency-plan-id EU_863_870 --lorawan-version 1.0.3 --root-keys.app-key.key {ak}")
        if extra:
            body += extra
    else:
        body = f"DevEUI: {dev}\nJoinEUI: {join}\nAppKey: {ak}{extra}\nClass: A\nADR: on"
    intro = pick(["Il sensore del parcometro non fa il join, i parametri sono questi:", "Join-request senza accept, ecco il device:"]) if lang == "it" else pick(
        ["The parking sensor never joins, parameters:", "Join-request without accept, device below:"])
    return "cli", wrap(lang, intro, body), secrets


def s_ha(lang):
    wp, mp = password(), password()
    secrets = [("password", wp), ("password", mp)]
    lines = [f"wifi_ssid: {pick(['Lavanderia', 'CasaGettoni', 'BoxAuto'])}", f"wifi_password: \"{wp}\"", f"mqtt_password: {mp}"]
    r = R.random()
    if r < 0.4:
        t = jwt()
        lines.append(f"ha_token: {t}")
        secrets.append(("access_token", t))
    elif r < 0.7:
        v = "AIza" + rs(35, ALNUM + "-_")
        lines.append(f"google_maps_key: {v}")
        secrets.append(("vendor_key", v))
    body = "# secrets.yaml\n" + "\n".join(lines)
    intro = pick(["Uso Home Assistant per monitorare le lavatrici a gettoni, l'integrazione col vostro webhook non parte:",
                  "ecco il mio secrets.yaml"]) if lang == "it" else pick(
        ["I run Home Assistant to watch the laundromat washers, your webhook integration won't start:", "my secrets.yaml:"])
    return "yaml", wrap(lang, intro, body), secrets


def s_nodered(lang):
    p = password()
    secrets = [("password", p)]
    node = {"id": rhex(16), "type": "mqtt-broker", "name": "broker chioschi", "broker": "mqtt.kioskia.it", "port": "8883",
            "credentials": {"user": "nodered", "password": p}}
    flow = [node]
    if R.random() < 0.5:
        t = access_token()
        flow.append({"id": rhex(16), "type": "http request", "method": "POST", "url": "https://api.sportello.example/v2/payments",
                     "headers": {"Authorization": "Bearer " + t}})
        secrets.append(("access_token", t))
    body = json.dumps(flow, indent=pick([None, 2]), ensure_ascii=False)
    intro = pick(["Export del flow Node-RED che inoltra le vendite al vostro endpoint:", "flow esportato (con credenziali, lo so...)"]) if lang == "it" else pick(
        ["Node-RED flow export that forwards sales to your endpoint:", "exported flow (with credentials, I know...)"])
    return "json", wrap(lang, intro, body), secrets


def s_at(lang):
    simpin = pin(4)
    apnp = password()
    ic, im = iccid(), imei()
    secrets = [("pin", simpin)]
    lines = ["AT", "OK", "AT+CGSN", im, "OK", "AT+CPIN?", "+CPIN: SIM PIN", "OK", f'AT+CPIN="{simpin}"', "OK", "AT+QCCID", f"+QCCID: {ic}", "OK"]
    if R.random() < 0.6:
        lines += [f'AT+QICSGP=1,1,"{pick(["ibox.tim.it", "web.omnitel.it", "m2m.vodafone.it", "iot.1nce.net"])}","{pick(["m2muser", "vend", "device"])}","{apnp}",1', "OK"]
        secrets.append(("password", apnp))
    if R.random() < 0.25:
        puk = pin(8)
        lines[9:9] = [f'AT+CPIN="{puk}","{simpin}"']
        secrets.append(("pin", puk))
    intro = pick(["Il modem del parcometro non si registra in rete, log AT dal terminale seriale:", "log del modulo 4G:"]) if lang == "it" else pick(
        ["Parking-meter modem won't register on the network, AT log from serial:", "4G module log:"])
    return "log", wrap(lang, intro, "\n".join(lines)), secrets


def s_mqtt_cli(lang):
    p = password()
    host = pick(["broker.vendismart.it", "mqtt.parkeasy.io", "10.20.0.5", "iot.lavapiu.it"])
    st = R.random()
    if st < 0.4:
        body = f"mosquitto_sub -h {host} -p 8883 --cafile ca.crt -u {pick(['fleet', 'admin', 'ops'])} -P '{p}' -t 'vend/#' -v"
    elif st < 0.7:
        body = f"MQTT_URL=mqtts://{pick(['fleet', 'kiosk', 'ops'])}:{p}@{host}:8883"
    else:
        body = f"# mosquitto passwd (prima di mosquitto_passwd -U)\nfleet:{p}" if lang == "it" else f"# mosquitto passwd (before mosquitto_passwd -U)\nfleet:{p}"
    intro = pick(["Non riceviamo i messaggi dei distributori sul broker:", "comando che uso per vedere il traffico"]) if lang == "it" else pick(
        ["We don't get the machines' messages on the broker:", "command I use to watch traffic"])
    return "shell", wrap(lang, intro, body), [("password", p)]


def s_oauth(lang):
    cid = pick(["kiosk-", "vend-", "park-", "locker-"]) + pick(["prod", "fleet", "backend"])
    cs = client_secret()
    st = R.random()
    secrets = [("client_secret", cs)]
    if st < 0.35:
        body = f"curl -X POST https://auth.sportello.example/oauth/token -d grant_type=client_credentials -d client_id={cid} -d client_secret={cs}"
    elif st < 0.6:
        blob = base64.b64encode(f"{cid}:{cs}".encode()).decode()
        body = f"POST /oauth/token HTTP/1.1\nHost: auth.sportello.example\nAuthorization: Basic {blob}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials"
        secrets = [("client_secret", blob)]
    elif st < 0.8:
        body = f"[oauth]\nclient_id = {cid}\nclient_secret = {cs}\ntoken_url = https://auth.sportello.example/oauth/token"
    else:
        body = f"CLIENT_ID={cid}\nCLIENT_SECRET={cs}"
    intro = pick(["Il backend dei totem riceve invalid_client:", "Il server della flotta non ottiene il token:"]) if lang == "it" else pick(
        ["Kiosk backend gets invalid_client:", "Fleet server can't obtain a token:"])
    return "http", wrap(lang, intro, body), secrets


def s_tokens_file(lang):
    at, rt = access_token(), refresh_token()
    secrets = [("refresh_token", rt)]
    if R.random() < 0.6:
        body = json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt, "scope": "pos.write"}, indent=2)
        secrets.append(("access_token", at))
    else:
        body = f"/data/auth/session.json\nrefresh_token={rt}\nexpires_at=2026-12-0{R.randint(1,9)}T00:00:00Z"
    intro = pick(["Il totem dopo il riavvio notturno non riesce a rinnovare il token, questo è il file salvato sul disco:",
                  "token salvati sulla biglietteria:"]) if lang == "it" else pick(
        ["After the nightly reboot the kiosk can't renew its token, file saved on disk:", "tokens stored on the ticket machine:"])
    return "json", wrap(lang, intro, body), secrets


def s_refresh_log(lang):
    rt = refresh_token()
    body = (f"{pick(['W', 'E'])}/TokenManager: refresh failed 400 invalid_grant refresh_token={rt} device={serial()}"
            if R.random() < 0.5 else f"POST /oauth/token grant_type=refresh_token&refresh_token={rt}&client_id=locker-fleet -> 400")
    intro = pick(["Ogni notte i locker perdono la sessione:", "Dal log del chiosco:"]) if lang == "it" else pick(
        ["The lockers lose their session every night:", "From the kiosk log:"])
    return "log", wrap(lang, intro, body), [("refresh_token", rt)]


def s_settlement(lang):
    rows = []
    secrets = []
    hdr = "data;ora;terminale;pan;scad;cvv;importo;esito" if lang == "it" else "date,time,terminal,pan,exp,cvv,amount,result"
    sep = ";" if lang == "it" else ","
    with_cvv = R.random() < 0.5
    n = R.randint(2, 5)
    t = tid()
    for i in range(n):
        c = card_raw()
        cv = pin(4 if c.startswith("3") else 3)
        full = R.random() < 0.7 or i == 0
        pan = c if full else f"{c[:6]}******{c[-4:]}"
        if full:
            secrets.append(("card_number", c))
        cvs = cv if with_cvv else ""
        if with_cvv and full:
            secrets.append(("cvv", cv))
        elif with_cvv:
            cvs = "***"
        rows.append(sep.join([f"2026-11-{R.randint(10,29)}", f"{R.randint(0,23):02d}:{R.randint(0,59):02d}", t, pan,
                              f"{R.randint(1,12):02d}/{R.randint(27,31)}", cvs, f"{R.randint(1,40)}.{R.randint(0,99):02d}", pick(["OFFLINE", "STORED", "PENDING"])]))
    body = hdr.replace(";", sep) + "\n" + "\n".join(rows)
    intro = pick(["Report delle transazioni offline del distributore che non sono state regolate, ci dite come reinviarle?",
                  "Export dal gestionale, transazioni in store-and-forward mai arrivate:"]) if lang == "it" else pick(
        ["Offline transactions from the machine that were never settled, how do we resubmit?", "Store-and-forward export, never reached you:"])
    # dedupe secrets
    return "csv", wrap(lang, intro, body), secrets


def s_refund_card(lang):
    c = card()
    secrets = [("card_number", c)]
    cvv_txt = ""
    if R.random() < 0.5:
        v = pin(3)
        cvv_txt = (f" cvv {v}" if lang == "en" else f" codice dietro {v}") if R.random() < 0.5 else (f", CVC: {v}" if lang == "en" else f", CVV: {v}")
        secrets.append(("cvv", v))
    m = machine(lang)
    if lang == "it":
        txt = pick([f"Il {m} in stazione mi ha addebitato due volte 3,50€ e non ha dato niente. La mia carta è {c}{cvv_txt}, rimborsatemi per favore",
                    f"buonasera la {m} non ha funzionato e ho pagato lo stesso!! carta {c}{cvv_txt} scad 09/29",
                    f"Salve, richiedo rimborso per pagamento non andato a buon fine al {m}. Carta usata: {c}{cvv_txt}."])
    else:
        txt = pick([f"The {m} at the station charged me twice and gave nothing. My card is {c}{cvv_txt}, please refund",
                    f"hi the {m} didnt work and i still paid!! card {c}{cvv_txt} exp 09/29",
                    f"Hello, requesting a refund for a failed payment at the {m}. Card used: {c}{cvv_txt}."])
    return pick(["email", "webform", "chat"]), txt, secrets


def s_refund_iban(lang):
    i = iban(pick(["IT", "IT", "DE", "FR", "ES", "NL", "BE", "AT"]))
    m = machine(lang)
    n = name(lang)
    if lang == "it":
        txt = pick([f"Il {m} di via Roma ha trattenuto il credito. Preferisco il bonifico: IBAN {i} intestato a {n}.",
                    f"rimborso x la lavatrice che si è bloccata, iban: {i}\n{n}",
                    f"Modulo rimborso\nNome: {n}\nImpianto: {m}\nIBAN: {i}\nMotivo: erogazione mancata"])
    else:
        txt = pick([f"The {m} on Main St kept my credit. Bank transfer please, IBAN {i}, holder {n}.",
                    f"refund for the washer that got stuck, iban: {i}\n{n}",
                    f"Refund form\nName: {n}\nSite: {m}\nIBAN: {i}\nReason: product not dispensed"])
    return pick(["webform", "email"]), txt, [("iban", i)]


def s_refund_domestic(lang):
    kind = pick(["uk", "it", "de", "fr", "es"])
    if kind == "uk":
        sc = f"{digits(2)}-{digits(2)}-{digits(2)}"
        acc = digits(8)
        t = f"sort code {sc}, account {acc}" if lang == "en" else f"sort code {sc} conto {acc}"
        val = acc
    elif kind == "it":
        abi, cab, conto = digits(5), digits(5), digits(12)
        t = f"ABI {abi} CAB {cab} c/c {conto}" if lang == "it" else f"ABI {abi}, CAB {cab}, account no. {conto}"
        val = conto
    elif kind == "de":
        blz, kto = digits(8), digits(10)
        t = f"BLZ {blz}, Kontonummer {kto}"
        val = kto
    elif kind == "fr":
        rib = f"{digits(5)} {digits(5)} {digits(11)} {digits(2)}"
        t = f"RIB : {rib}"
        val = rib
    else:
        ccc = f"{digits(4)} {digits(4)} {digits(2)} {digits(10)}"
        t = f"CCC {ccc}"
        val = ccc
    m = machine(lang)
    txt = (f"Buongiorno, il {m} non mi ha dato il resto. Per il rimborso: {t}. Grazie" if lang == "it"
           else f"Hello, the {m} gave no change. For the refund: {t}. Thanks")
    return pick(["email", "webform"]), txt, [("bank_account", val)]


def s_tech_chat(lang):
    p = pin(pick([4, 5, 6]))
    secrets = [("pin", p)]
    extra = ""
    if R.random() < 0.5:
        pw = password()
        extra = f"\n[{R.randint(8,18)}:{R.randint(10,59)}] {name(lang).split()[0]}: " + (f"e la {pwlabel(lang)} admin del kiosk è {pw}" if lang == "it" else f"and kiosk admin {pwlabel(lang)} is {pw}")
        secrets.append(("password", pw))
    t = tid()
    if lang == "it":
        body = f"[{R.randint(8,18)}:{R.randint(10,59)}] {name(lang).split()[0]}: sono al distributore, il terminale {t} chiede il PIN tecnico\n[{R.randint(8,18)}:{R.randint(10,59)}] {name(lang).split()[0]}: {pick(['è', 'usa', 'metti'])} {p}{extra}"
        intro = "Vi inoltro la chat col tecnico, il menu di servizio resta bloccato:"
    else:
        body = f"[{R.randint(8,18)}:{R.randint(10,59)}] {name(lang).split()[0]}: at the machine, terminal {t} asks for the tech PIN\n[{R.randint(8,18)}:{R.randint(10,59)}] {name(lang).split()[0]}: {pick(['it is', 'use', 'try'])} {p}{extra}"
        intro = "Forwarding the chat with our technician, the service menu stays locked:"
    return "chat", wrap(lang, intro, body), secrets


def s_otp(lang):
    p = pin(pick([6, 6, 5, 8]))
    m = machine(lang)
    if lang == "it":
        txt = pick([f"Alla {m} mi è arrivato l'SMS \"Il tuo codice di verifica è {p}\" ma la pagina dà errore. Che faccio?",
                    f"codice 3DS {p} inserito ma il pagamento sul {m} risulta rifiutato",
                    f"Il locker mi ha mandato il codice di ritiro {p} ma non apre lo sportello"])
    else:
        txt = pick([f"At the {m} I got the SMS \"Your verification code is {p}\" but the page errors. What now?",
                    f"entered 3DS code {p} but the payment at the {m} shows declined",
                    f"The locker sent me pickup code {p} but the door won't open"])
    return pick(["sms", "chat", "email"]), txt, [("pin", p)]


def s_ble(lang):
    p = pin(6)
    m = mac()
    body = (f"[bluetooth]# pair {m}\nAttempting to pair with {m}\n[agent] Confirm passkey {p} (yes/no): yes\nPairing successful")
    intro = pick(["Il lettore BLE del locker non si accoppia col tablet di servizio:", "accoppiamento del terminale:"]) if lang == "it" else pick(
        ["BLE reader in the locker won't pair with the service tablet:", "pairing the reader:"])
    return "console", wrap(lang, intro, body), [("pin", p)]


def s_dukpt(lang):
    k = dukpt_key()
    ksn = "FFFF" + rhex(16, True)
    kcv = rhex(6, True)
    comp = pick(["BDK", "IPEK", "TMK componente 1" if lang == "it" else "TMK component 1"])
    body = f"Key injection {pick(['lotto', 'batch'])} {safe_num(4)}\n{comp}: {k}\nKCV: {kcv}\nKSN iniziale: {ksn}" if lang == "it" else f"Key injection batch {safe_num(4)}\n{comp}: {k}\nKCV: {kcv}\nInitial KSN: {ksn}"
    intro = pick(["Nota della key injection dei lettori unattended, la decifratura PIN lato vostro fallisce:", "verbale iniezione chiavi:"]) if lang == "it" else pick(
        ["Key-injection note for the unattended readers, PIN decryption fails on your side:", "key injection record:"])
    return "note", wrap(lang, intro, body), [("private_key", k)]


def s_vendor(lang):
    v = vendor_key()
    ctx = pick(["alerts", "terminal", "maps", "sms"])
    if v.startswith(("sk_live", "rk_live")):
        body = f"STRIPE_SECRET_KEY={v}\nSTRIPE_TERMINAL_LOCATION=tml_{rs(14)}"
    elif v.startswith("https://hooks"):
        body = f"alarm_webhook: {v}\nalarm_channel: '#allarmi-distributori'"
    elif v.startswith("xoxb"):
        body = f"SLACK_BOT_TOKEN={v}"
    elif v.startswith("AIza"):
        body = f"<script src=\"https://maps.googleapis.com/maps/api/js?key={v}\"></script>"
    elif v.startswith("SG."):
        body = f"sendgrid:\n  api_key: {v}\n  from: noreply@parkeasy.it"
    elif v.startswith("ghp_"):
        body = f"git clone https://{v}@github.com/vendismart/firmware-esp32.git"
    elif v.startswith("sk.eyJ"):
        body = f"MAPBOX_TOKEN={v}"
    else:
        body = f"TWILIO_ACCOUNT_SID=AC{rhex(32)}\nTWILIO_AUTH_TOKEN={v}"
    intro = pick(["Config della dashboard flotta (quella che manda gli allarmi):", "Dal .env del server che gestisce i totem:"]) if lang == "it" else pick(
        ["Fleet dashboard config (the one that sends alarms):", "From the .env of the server that runs the kiosks:"])
    return "env", wrap(lang, intro, body), [("vendor_key", v)]


def s_fleet_table(lang):
    rows = []
    secrets = []
    kindcol = pick(["password", "token"])
    hdr = ("Seriale\tSito\tStato\tFW\tPassword admin" if lang == "it" else "Serial\tSite\tStatus\tFW\tAdmin password") if kindcol == "password" else (
        "Seriale\tSito\tStato\tFW\tAPI key" if lang == "it" else "Serial\tSite\tStatus\tFW\tAPI key")
    for _ in range(R.randint(2, 5)):
        v = password() if kindcol == "password" else "spk_live_" + rs(32)
        secrets.append(("password" if kindcol == "password" else "access_token", v))
        rows.append("\t".join([serial(), pick(CITIES) + " " + pick(["Centrale", "Nord", "Ospedale", "Stazione", "Porto"]), pick(["online", "offline", "allarme"]), f"{R.randint(1,4)}.{R.randint(0,12)}.{R.randint(0,9)}", v]))
    intro = pick(["Copio la tabella dalla dashboard flotta:", "ecco i chioschi che non si connettono"]) if lang == "it" else pick(
        ["Copying the table from the fleet dashboard:", "these are the kiosks that don't connect"])
    return "tsv", wrap(lang, intro, hdr + "\n" + "\n".join(rows)), secrets


def s_uboot(lang):
    p = password()
    secrets = [("password", p)]
    lines = ["U-Boot 2022.04 (Oct 12 2026 - 10:11:03 +0000)", "Hit any key to stop autoboot:  0", "=> printenv",
             f"bootcmd=run mmcboot", f"ethaddr={mac().lower()}", f"serial#={serial()}", f"wifi_ssid=KIOSK-{rs(4, string.ascii_uppercase)}", f"wifi_psk={p}"]
    if R.random() < 0.5:
        t = access_token()
        lines.append(f"device_token={t}")
        secrets.append(("access_token", t))
    lines.append("Environment size: 1532/131068 bytes")
    intro = pick(["Output della console seriale del totem (115200 8N1):", "dal bootloader:"]) if lang == "it" else pick(
        ["Serial console output from the kiosk (115200 8N1):", "from the bootloader:"])
    return "console", wrap(lang, intro, "\n".join(lines)), secrets


def s_sshkey(lang):
    pk = private_key()
    intro = pick(["Per farvi entrare sul chiosco in assistenza remota vi mando la chiave:", "chiave per accedere alla biglietteria via reverse tunnel:"]) if lang == "it" else pick(
        ["So you can get into the kiosk for remote support, here's the key:", "key for the ticket machine reverse tunnel:"])
    return "pem", wrap(lang, intro, pk), [("private_key", pk)]


def s_qr(lang):
    t = rs(pick([32, 40]), ALNUM + "-_")
    body = f"sportello://pair?device={serial()}&token={t}&env=live" if R.random() < 0.5 else f"https://pay.sportello.example/kiosk/bind?d={uid()}&access_token={t}"
    intro = pick(["Il QR stampato sull'adesivo del distributore, lo scanner dice link non valido:", "contenuto del QR di pairing:"]) if lang == "it" else pick(
        ["QR printed on the machine's sticker, the scanner says invalid link:", "pairing QR contents:"])
    return "qr", wrap(lang, intro, body), [("access_token", t)]


def s_prov_csv(lang):
    rows = []
    secrets = []
    for _ in range(R.randint(2, 4)):
        p = password()
        secrets.append(("password", p))
        rows.append(",".join([serial(), imei(), iccid(), mac(), p]))
    hdr = "serial,imei,iccid,mac,vnc_password" if R.random() < 0.5 else "serial,imei,iccid,mac,wifi_psk"
    intro = pick(["CSV di provisioning del lotto in consegna a Bari:", "ecco il file che carichiamo sul portale"]) if lang == "it" else pick(
        ["Provisioning CSV for the batch shipping to Bari:", "the file we upload to the portal"])
    return "csv", wrap(lang, intro, hdr + "\n" + "\n".join(rows)), secrets


def s_telemetry(lang):
    p = password()
    d = {"deviceId": serial(), "ts": 1796000000 + R.randint(0, 9999999), "fw": f"{R.randint(1,4)}.{R.randint(0,9)}.{R.randint(0,9)}",
         "rssi": -R.randint(50, 110), "imei": imei(), "cfg": {"apn": "m2m.vodafone.it", "apn_user": "vend", "apn_password": p}}
    intro = pick(["Nel payload di telemetria ci finisce anche la config del modem, è un problema?", "telemetria:"]) if lang == "it" else pick(
        ["The telemetry payload also carries the modem config, is that a problem?", "telemetry:"])
    return "json", wrap(lang, intro, json.dumps(d, indent=pick([None, 2]))), [("password", p)]


def s_carwash(lang):
    p = pin(pick([4, 6]))
    pw = password()
    if lang == "it":
        body = f"Rapporto intervento autolavaggio {pick(CITIES)}\n- sostituito lettore contactless\n- PIN menu gestore: {p}\n- password web pannello: {pw}\n- testato pagamento 1€ OK"
        intro = "Allego il rapporto del tecnico:"
    else:
        body = f"Service report car wash {pick(CITIES)}\n- replaced contactless reader\n- operator menu PIN: {p}\n- web panel {pwlabel(lang)}: {pw}\n- tested 1 EUR payment OK"
        intro = "Technician's report attached:"
    return "report", wrap(lang, intro, body), [("pin", p), ("password", pw)]


def s_refund_list(lang):
    rows, secrets = [], []
    sep = pick([";", ",", "\t"])
    hdr = sep.join(["pratica", "cliente", "impianto", "importo", "iban"] if lang == "it" else ["case", "customer", "site", "amount", "iban"])
    for i in range(R.randint(2, 5)):
        if R.random() < 0.75 or i == 0:
            v = iban_raw(pick(["IT", "IT", "DE", "FR", "ES", "AT"]))
            secrets.append(("iban", v))
        else:
            v = mask_iban()
        amt = f"{R.randint(1,30)}{'.' if sep == ',' else ','}{R.randint(0,99):02d}"
        rows.append(sep.join([ticket()[1:], name(lang), serial(), amt, v]))
    intro = pick(["Lista rimborsi dei clienti delle lavanderie da disporre questa settimana, potete farli via API payout?",
                  "rimborsi parcometri di novembre:"]) if lang == "it" else pick(
        ["Refund list for laundromat customers this week, can you pay them out via the API?", "November parking-meter refunds:"])
    return "csv", wrap(lang, intro, hdr + "\n" + "\n".join(rows)), secrets


def s_kiosk_debug(lang):
    c = card_raw()
    v = pin(4 if c.startswith("3") else 3)
    e = f"{R.randint(1,12):02d}{R.randint(27,31)}"
    body = pick([f"DEBUG ManualEntry: pan={c} exp={e} cvv2={v} amount={R.randint(100,5000)} tid={tid()}",
                 f"[kiosk-pay] keyed txn -> {{\"pan\":\"{c}\",\"expiry\":\"{e}\",\"cvc\":\"{v}\",\"terminalId\":\"{tid()}\"}}",
                 f"card_number={c}&exp_month={e[:2]}&exp_year=20{e[2:]}&security_code={v}"])
    intro = pick(["Il totem in modalità inserimento manuale scrive questo nel log, è normale?",
                  "dal log della biglietteria quando il lettore è guasto e si digita la carta:"]) if lang == "it" else pick(
        ["The kiosk in manual-entry mode writes this to its log, is that normal?", "ticket machine log when the reader is broken and the card is keyed:"])
    return "log", wrap(lang, intro, body), [("card_number", c), ("cvv", v)]


SECRET_T = [s_secrets_h, s_arduino, s_ocpp, s_azure, s_aws, s_devkey, s_lorawan, s_ha, s_nodered, s_at, s_mqtt_cli, s_oauth,
            s_tokens_file, s_refresh_log, s_settlement, s_refund_card, s_refund_iban, s_refund_domestic, s_tech_chat, s_otp, s_ble,
            s_dukpt, s_vendor, s_fleet_table, s_uboot, s_sshkey, s_qr, s_prov_csv, s_telemetry, s_carwash, s_refund_list, s_kiosk_debug]
SECRET_W = [3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 4, 3, 3, 4, 4, 5, 6, 2, 3, 2, 2, 4, 2, 2, 2, 2, 1, 1, 2, 3, 3]


# ================================================================= PASS templates
def p_prov_csv(lang):
    rows = [",".join([serial(), imei(), iccid(), imsi(), mac(), pick(["L1", "L2", "L3"])]) for _ in range(R.randint(3, 6))]
    intro = pick(["Lista dei modem da attivare, le SIM risultano non registrate:", "Seriali e SIM del nuovo lotto:"]) if lang == "it" else pick(
        ["Modems to activate, SIMs show as not registered:", "Serials and SIMs of the new batch:"])
    return "csv", wrap(lang, intro, "serial,imei,iccid,imsi,mac,lotto\n" + "\n".join(rows)), []


def p_lora(lang):
    body = f"DevEUI: {eui()}\nJoinEUI: {eui()}\nDevAddr: {rhex(8, True)}\nAppKey: {pick(['<da join server>', '(gestita dal join server)', '********************************', 'YOUR_APP_KEY', '${APP_KEY}'])}\nFCnt up: {R.randint(1,9999)}"
    intro = pick(["Il parcometro fa join ma non vediamo uplink:", "parametri del sensore stallo:"]) if lang == "it" else pick(
        ["Parking sensor joins but no uplinks show:", "bay sensor parameters:"])
    return "text", wrap(lang, intro, body), []


def p_ocpp(lang):
    cp = cpid()
    msg = pick([
        [2, uid(), "BootNotification", {"chargePointVendor": pick(VENDORS), "chargePointModel": "AC22-" + rs(2, string.ascii_uppercase),
                                        "chargePointSerialNumber": serial(), "firmwareVersion": f"{R.randint(1,3)}.{R.randint(0,9)}.{R.randint(0,20)}",
                                        "iccid": iccid(), "imsi": imsi()}],
        [2, uid(), "StatusNotification", {"connectorId": R.randint(1, 2), "errorCode": pick(["NoError", "GroundFailure", "OtherError"]), "status": pick(["Available", "Faulted", "Charging"])}],
        [2, uid(), "Authorize", {"idTag": rhex(pick([8, 14]), True)}],
        [2, uid(), "StartTransaction", {"connectorId": 1, "idTag": rhex(8, True), "meterStart": R.randint(0, 99999), "timestamp": "2026-12-01T08:12:44Z"}]])
    intro = pick([f"La colonnina {cp} va in Faulted dopo la BootNotification:", f"log OCPP di {cp}"]) if lang == "it" else pick(
        [f"Charger {cp} goes Faulted after BootNotification:", f"OCPP log of {cp}"])
    extra = "\nAuthorizationKey = ******** (impostata da CSMS)" if lang == "it" and R.random() < 0.3 else ("\nAuthorizationKey: <set via CSMS>" if R.random() < 0.3 else "")
    return "log", wrap(lang, intro, json.dumps(msg) + extra), []


def p_slip(lang):
    body = (f"{pick(VENDORS).upper()}\n{pick(CITIES)}\nTID: {tid()}   MID: {mid()}\nAID: {pick(['A0000000031010', 'A0000000041010', 'A0000000043060'])}\n"
            f"{pick(['VISA', 'MASTERCARD', 'MAESTRO'])} CONTACTLESS\n{mask_card()}\nSTAN {safe_num(6)}  RRN {safe_num(12)}\n"
            f"{'COD. AUT.' if lang == 'it' else 'AUTH CODE'} {rs(6, string.ascii_uppercase + string.digits)}\n"
            f"{'IMPORTO' if lang == 'it' else 'AMOUNT'} EUR {R.randint(1,60)},{R.randint(0,99):02d}\nATC {rhex(4, True)} TVR {rhex(10, True)}")
    intro = pick(["Scontrino stampato dal lettore unattended, il cliente dice che non ha ricevuto il prodotto:", "Ricevuta della transazione contestata:"]) if lang == "it" else pick(
        ["Receipt from the unattended reader, customer says nothing dispensed:", "Receipt of the disputed transaction:"])
    return "receipt", wrap(lang, intro, body), []


def p_manifest(lang):
    d = {"version": f"{R.randint(1,5)}.{R.randint(0,12)}.{R.randint(0,30)}", "model": pick(["VM-ESP32", "KSK-RPI4", "PM-STM32", "EVB-AC22"]),
         "url": f"https://fw.{pick(['vendismart', 'evolta', 'kioskia'])}.it/releases/{rhex(8)}.bin", "size": R.randint(300000, 4000000),
         "sha256": sha256(), "signature": b64(64), "signer_fingerprint": ":".join(rhex(2, True) for _ in range(20)), "min_bootloader": "2.1.0"}
    intro = pick(["Manifest dell'aggiornamento OTA che i dispositivi rifiutano (firma non valida?):", "manifest firmware:"]) if lang == "it" else pick(
        ["OTA update manifest the devices reject (bad signature?):", "firmware manifest:"])
    return "json", wrap(lang, intro, json.dumps(d, indent=2)), []


def p_cert(lang):
    pk = public_key()
    fp = ":".join(rhex(2, True) for _ in range(32))
    body = f"{pk}\nSHA256 Fingerprint={fp}\ncertificateId: {rhex(64)}\narn:aws:iot:eu-south-1:{safe_num(12)}:cert/{rhex(64)}"
    intro = pick(["Certificato del lettore (solo la parte pubblica, la chiave resta sul secure element):", "cert del device:"]) if lang == "it" else pick(
        ["Reader certificate (public part only, the key stays in the secure element):", "device cert:"])
    return "pem", wrap(lang, intro, body), []


def p_secrets_placeholder(lang):
    body = pick([
        '#define WIFI_SSID ""\n#define WIFI_PASSWORD ""  // riempire in fabbrica\n#define MQTT_PASS "YOUR_MQTT_PASSWORD"',
        '#define SECRET_SSID "YOUR_SSID"\n#define SECRET_PASS "YOUR_WIFI_PASSWORD"\n#define SPORTELLO_API_KEY "<your-api-key>"',
        'const char* password = WIFI_PASS; // from secrets.h, not in repo\nconst char* mqtt_pwd = getenv("MQTT_PASSWORD");',
        '#define MQTT_PASS CONFIG_MQTT_PASSWORD  // menuconfig\n#define API_KEY CONFIG_SPORTELLO_KEY',
        'WiFi.begin(ssid, password);\nclient.connect(clientId.c_str(), mqttUser, mqttPassword);'])
    intro = pick(["Il template di secrets.h che diamo ai tecnici, va bene così?", "codice del firmware (senza credenziali):"]) if lang == "it" else pick(
        ["The secrets.h template we give technicians, is this fine?", "firmware code (no creds):"])
    return "c", wrap(lang, intro, body), []


def p_ha_refs(lang):
    body = f"wifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\nmqtt:\n  broker: {pick(['192.168.1.20', 'core-mosquitto'])}\n  username: !secret mqtt_user\n  password: !secret mqtt_password\nota:\n  password: !secret ota_password"
    intro = pick(["ESPHome yaml della lavatrice, le credenziali sono in secrets.yaml (non lo allego):", "config esphome"]) if lang == "it" else pick(
        ["ESPHome yaml for the washer, creds live in secrets.yaml (not attached):", "esphome config"])
    return "yaml", wrap(lang, intro, body), []


def p_env_reads(lang):
    body = pick([
        'client = mqtt.Client(client_id=serial)\nclient.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])',
        'const key = process.env.OCPP_AUTH_KEY;\nconst ws = new WebSocket(url, { headers: { Authorization: "Basic " + btoa(cpId + ":" + key) } });',
        'conn_str = os.getenv("IOTHUB_DEVICE_CONNECTION_STRING")\ndevice = IoTHubDeviceClient.create_from_connection_string(conn_str)',
        'HostName=vend-fleet.azure-devices.net;DeviceId=kiosk-0042;SharedAccessKey=<device-primary-key>',
        'aws_access_key_id = ${AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        'token = config.accessToken\nrefresh = config.refreshToken\nsecret = settings.CLIENT_SECRET',
        'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'apn_password: "{{ vault.apn_password }}"\nwifi_psk: "{{ lookup(\'env\', \'WIFI_PSK\') }}"'])
    intro = pick(["Così leggiamo le credenziali sul gateway, dove sbagliamo?", "estratto del codice:"]) if lang == "it" else pick(
        ["This is how the gateway reads credentials, what's wrong?", "code excerpt:"])
    return "code", wrap(lang, intro, body), []


def p_fleet(lang):
    rows = ["\t".join([serial(), mac(), pick(CITIES), pick(["online", "offline", "allarme" if lang == "it" else "alarm"]), f"{R.randint(1,4)}.{R.randint(0,12)}.{R.randint(0,9)}",
                       f"{R.randint(0,99)}%", pick(["••••••••", "[REDACTED]", "****", "—"])]) for _ in range(R.randint(3, 6))]
    hdr = "Seriale\tMAC\tSito\tStato\tFW\tBatteria\tPassword" if lang == "it" else "Serial\tMAC\tSite\tStatus\tFW\tBattery\tPassword"
    intro = pick(["Dalla dashboard, i 3 offline sono quelli in Puglia:", "export flotta"]) if lang == "it" else pick(["From the dashboard, offline ones are in the south:", "fleet export"])
    return "tsv", wrap(lang, intro, hdr + "\n" + "\n".join(rows)), []


def p_tariff(lang):
    rows = [f"{pick(['SKU', 'TAR', 'PRD'])}-{safe_num(5)}\t{pick(['Caffè', 'Acqua 0,5L', 'Sosta 1h', 'Lavaggio base', 'Ricarica kWh', 'Asciugatrice 20min', 'Biglietto urbano'])}\t€ {R.randint(0,5)},{R.randint(0,99):02d}" for _ in range(R.randint(3, 7))]
    intro = pick(["Tabella tariffe da caricare sui distributori, come la passiamo via API?", "listino aggiornato"]) if lang == "it" else pick(
        ["Tariff table to push to the machines, how via API?", "updated price list"])
    return "tsv", wrap(lang, intro, "\n".join(rows)), []


def p_ksn(lang):
    body = "\n".join(f"{pick(['2026-12-01', '2026-12-02'])} {R.randint(0,23):02d}:{R.randint(0,59):02d} TID={tid()} KSN={'FFFF' + rhex(16, True)} KCV={rhex(6, True)} slot={R.randint(0,9)} result={pick(['OK', 'PIN_BLOCK_ERR', 'MAC_FAIL'])}" for _ in range(R.randint(2, 5)))
    intro = pick(["Errori di decifratura PIN sui lettori unattended, KSN da log (le chiavi ovviamente no):", "log HSM"]) if lang == "it" else pick(
        ["PIN decryption errors on unattended readers, KSNs from log (no keys of course):", "HSM log"])
    return "log", wrap(lang, intro, body), []


def p_refund_masked(lang):
    m = machine(lang)
    st = R.random()
    if st < 0.2:
        v = mask_card()
        t = (f"carta {v}" if lang == "it" else f"card {v}")
    elif st < 0.5:
        v = bad_card()
        t = (f"la carta {v} (il portale dice numero non valido)" if lang == "it" else f"card {v} (portal says invalid number)")
    elif st < 0.8:
        v = bad_iban()
        t = (f"IBAN {v} (la banca dice che è errato, ricontrollo)" if lang == "it" else f"IBAN {v} (bank says it's wrong, will recheck)")
    else:
        t = pick([f"BIC {pick(['UNCRITMMXXX', 'BCITITMM', 'DEUTDEFF', 'BNPAFRPP'])}", f"ABI {digits(5)} CAB {digits(5)}", mask_iban()])
    txt = (f"Rimborso per il {m} del {R.randint(1,28)}/11, importo {R.randint(1,20)},{R.randint(0,99):02d}€, {t}. Pratica {ticket()}"
           if lang == "it" else f"Refund for the {m} on 11/{R.randint(1,28)}, amount EUR {R.randint(1,20)}.{R.randint(0,99):02d}, {t}. Case {ticket()}")
    return pick(["email", "webform"]), txt, []


def p_at_log(lang):
    lines = ["AT+CPIN?", "+CPIN: READY", "OK", "AT+CGSN", imei(), "OK", "AT+CIMI", imsi(), "OK", "AT+QCCID", f"+QCCID: {iccid()}", "OK",
             "AT+CSQ", f"+CSQ: {R.randint(5,31)},99", "OK", "AT+CREG?", f"+CREG: 0,{pick([1, 2, 5])}", "OK"]
    intro = pick(["Il modem non registra, PIN SIM disattivato. Log:", "log AT:"]) if lang == "it" else pick(["Modem won't register, SIM PIN disabled. Log:", "AT log:"])
    return "log", wrap(lang, intro, "\n".join(lines)), []


def p_mqtt_log(lang):
    lines = [f"{1796000000 + R.randint(0, 99999)}: New client connected from 10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}:{R.randint(30000,60000)} as vm-{safe_num(5)} (p2, c1, k60, u'fleet')." for _ in range(2)]
    lines.append(f"{1796000000 + R.randint(0, 99999)}: Client vm-{safe_num(5)} disconnected, not authorised.")
    lines.append(pick(["password: ****", "Connection string: mqtts://fleet:********@broker:8883", "u=fleet p=<redacted>"]))
    intro = pick(["Log del broker mosquitto, i distributori vengono rifiutati:", "log broker"]) if lang == "it" else pick(["Mosquitto broker log, machines get refused:", "broker log"])
    return "log", wrap(lang, intro, "\n".join(lines)), []


def p_prose(lang):
    if lang == "it":
        txt = pick(["Abbiamo cambiato la password Wi-Fi di tutti i totem dopo l'audit, non la scrivo qui: ve la detta il tecnico al telefono.",
                    "Domanda: il PIN tecnico dei lettori va cambiato ogni quanto? Noi lo ruotiamo ogni 90 giorni.",
                    "Il token del chiosco scade dopo un'ora e il refresh token dopo 30 giorni, giusto? Dove trovo la documentazione?",
                    "La AppKey LoRaWAN è nel join server e non la esportiamo. Il problema è il DevNonce ripetuto.",
                    "Per favore non chiedeteci la chiave privata del device: è nel secure element ATECC608 e non si estrae.",
                    "Il cliente ha scritto il PIN della carta sul biglietto? Gli abbiamo detto di bloccarla e non ce l'ha mandato.",
                    f"Ho ruotato il client secret del backend parcheggi ieri alle 18:00, dopo il deploy tutto ok. Ticket {ticket()}."])
    else:
        txt = pick(["We rotated the Wi-Fi password on all kiosks after the audit, not writing it here: tech will read it to you on the phone.",
                    "Question: how often should the readers' technician PIN be changed? We rotate every 90 days.",
                    "Kiosk access token lasts an hour and the refresh token 30 days, right? Where are the docs?",
                    "The LoRaWAN AppKey lives in the join server and we don't export it. Issue is a repeated DevNonce.",
                    "Please don't ask for the device private key: it sits in the ATECC608 secure element and can't be extracted.",
                    "Did the customer write the card PIN on the ticket? We told them to block the card, they didn't send it.",
                    f"Rotated the parking backend client secret yesterday at 18:00, all fine after deploy. Ticket {ticket()}."])
    extra = (f"\n{pick(['Impianto', 'Sito', 'Macchina'])}: {serial()} ({pick(CITIES)})" if lang == "it" else f"\n{pick(['Site', 'Unit', 'Machine'])}: {serial()} ({pick(CITIES)})") if R.random() < 0.6 else ""
    return pick(["email", "chat"]), wrap(lang, txt + extra, ""), []


def p_telemetry(lang):
    d = {"deviceId": serial(), "eventId": uid(), "ts": 1796000000 + R.randint(0, 9999999), "imei": imei(), "iccid": iccid(),
         "mac": mac(), "txn": {"paymentId": "pay_" + rs(20), "amount": R.randint(50, 4000), "currency": "EUR", "maskedPan": mask_card(),
                                "authCode": rs(6, string.ascii_uppercase + string.digits), "rrn": safe_num(12)}, "temp": R.randint(2, 40)}
    intro = pick(["Evento di vendita che vediamo sul nostro backend ma non sul vostro:", "telemetria del distributore"]) if lang == "it" else pick(
        ["Sale event we see on our backend but not on yours:", "machine telemetry"])
    return "json", wrap(lang, intro, json.dumps(d, indent=pick([None, 2]), ensure_ascii=False)), []


def p_qr(lang):
    body = pick([f"https://pay.sportello.example/m/{serial()}?amt={R.randint(1,9)}.{R.randint(0,99):02d}&sku=SKU-{safe_num(5)}",
                 f"sportello://charge?evse=IT*EVL*E{safe_num(6)}*{R.randint(1,2)}&tariff=TAR-{safe_num(4)}",
                 f"https://park.example/z/{R.randint(100,999)}?meter={serial()}&session={uid()}"])
    intro = pick(["Il QR sul parcometro apre una pagina bianca:", "contenuto del QR:"]) if lang == "it" else pick(["The QR on the meter opens a blank page:", "QR contents:"])
    return "qr", wrap(lang, intro, body), []


def p_ble(lang):
    body = f"Device {mac()} RSSI -{R.randint(40,90)}\nService UUID: {uid()}\nCharacteristic: {uid()} (notify)\nPairing: Just Works (no passkey)\nFirmware: {sha256()[:12]}"
    intro = pick(["Il lettore BLE del locker si vede ma non risponde:", "scan BLE"]) if lang == "it" else pick(["The locker's BLE reader shows up but doesn't answer:", "BLE scan"])
    return "text", wrap(lang, intro, body), []


def p_ids(lang):
    lines = [f"request_id: {uid()}", f"payment_id: pay_{rs(24)}", f"terminal: {tid()}", f"merchant: {mid()}", f"charge point: {cpid()} connector {R.randint(1,3)}",
             f"trace: {rhex(32)}", f"client_id: {pick(['kiosk-fleet-prod', 'vend-backend', 'park-prod'])}", f"commit: {rhex(40)}", f"pk_live_{rs(24)}" if R.random() < 0.3 else f"order: ORD-{safe_num(7)}"]
    R.shuffle(lines)
    intro = pick(["Riferimenti per la transazione bloccata:", "dati per il debug"]) if lang == "it" else pick(["References for the stuck transaction:", "debug info"])
    return "text", wrap(lang, intro, "\n".join(lines[:R.randint(4, 9)])), []


def p_uboot(lang):
    lines = ["U-Boot 2022.04", "=> printenv", "bootcmd=run mmcboot", f"ethaddr={mac().lower()}", f"serial#={serial()}", "wifi_psk=", f"fw_sha={sha256()}", "bootdelay=2"]
    intro = pick(["printenv dal bootloader, il wifi_psk è vuoto dopo il reset di fabbrica:", "env del bootloader"]) if lang == "it" else pick(
        ["printenv from the bootloader, wifi_psk is empty after factory reset:", "bootloader env"])
    return "console", wrap(lang, intro, "\n".join(lines)), []


P_T = [p_prov_csv, p_lora, p_ocpp, p_slip, p_manifest, p_cert, p_secrets_placeholder, p_ha_refs, p_env_reads, p_fleet, p_tariff, p_ksn,
       p_refund_masked, p_at_log, p_mqtt_log, p_prose, p_telemetry, p_qr, p_ble, p_ids, p_uboot]
P_W = [3, 2, 3, 3, 3, 2, 2, 2, 3, 2, 2, 2, 8, 2, 2, 3, 3, 2, 2, 3, 1]


SEEN = set()
from collections import Counter as _C
TPL = _C()


def main():
    out = []
    plan = [True] * 750 + [False] * 850
    R.shuffle(plan)
    for i, is_sec in enumerate(plan):
        lang = "it" if i % 2 == 0 else "en"
        for _ in range(50):
            if is_sec:
                f = R.choices(SECRET_T, SECRET_W)[0]
            else:
                f = R.choices(P_T, P_W)[0]
            style, text, secs = f(lang)
            # short values (PINs, CVVs) must not also occur inside other numbers
            if any(len(v) <= 8 and text.count(v) > 1 for _, v in secs):
                continue
            if text in SEEN:
                continue
            SEEN.add(text)
            TPL[f.__name__] += 1
            if not is_sec or secs:
                break
        else:
            raise RuntimeError("no sample")
        seen, uniq = set(), []
        for k, v in secs:
            if (k, v) not in seen:
                seen.add((k, v))
                uniq.append({"kind": k, "value": v})
        out.append({"id": f"f31-{i + 1:04d}", "lang": lang, "style": style, "text": text, "secrets": uniq})
    selfcheck(out)
    with open("fresh31.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    stats(out)


CARD_RE = re.compile(r"(?<![\dA-Za-z])(\d(?:[ \-.]?\d){12,18})(?![\dA-Za-z])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})")


IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "AT": 20, "BE": 16}


def looks_card(d):
    return (d[0] == "4" and len(d) in (13, 16, 19)) or (d[:2] in ("51", "52", "53", "54", "55") and len(d) == 16) or \
           (2221 <= int(d[:4]) <= 2720 and len(d) == 16) or (d[:2] in ("34", "37") and len(d) == 15) or \
           (d[:4] == "6011" and len(d) == 16) or (d[:2] == "65" and len(d) == 16) or (3528 <= int(d[:4]) <= 3589 and len(d) == 16)


def selfcheck(out):
    ids = set()
    bad = 0
    for o in out:
        assert o["id"] not in ids
        ids.add(o["id"])
        t = o["text"]
        labelled = [s["value"] for s in o["secrets"]]
        for v in labelled:
            assert v in t, (o["id"], v)
        for m in CARD_RE.finditer(t):
            d = re.sub(r"\D", "", m.group(1))
            if looks_card(d) and luhn_ok(d) and not any(m.group(1) in v or v in m.group(1) for v in labelled):
                print("UNLABELLED CARD", o["id"], file=sys.stderr)
                bad += 1
        for m in IBAN_RE.finditer(t):
            cand = m.group(1).replace(" ", "")
            for L in [IBAN_LEN.get(cand[:2], 0)]:
                if L and len(cand) >= L and iban_valid(cand[:L]) and not any(cand[:L] in v.replace(" ", "") for v in labelled):
                    print("UNLABELLED IBAN", o["id"], file=sys.stderr)
                    bad += 1
                    break
    assert bad == 0, bad


def stats(out):
    from collections import Counter
    kinds, langs, styles = Counter(), Counter(), Counter()
    ks = Counter()
    for o in out:
        langs[(o["lang"], bool(o["secrets"]))] += 1
        for k in {s["kind"] for s in o["secrets"]}:
            ks[k] += 1
        for s in o["secrets"]:
            kinds[s["kind"]] += 1
        styles[o["style"]] += 1
    print("samples", len(out), "with secrets", sum(1 for o in out if o["secrets"]))
    print("values per kind", dict(kinds))
    print("samples per kind", dict(ks))
    print("lang", dict(langs))
    print("styles", dict(styles))
    print("templates", dict(sorted(TPL.items())))


if __name__ == "__main__":
    main()
