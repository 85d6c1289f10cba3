# -*- coding: utf-8 -*-
"""Mobile and app logs: logcat, iOS console, OkHttp/Alamofire dumps, Sentry breadcrumbs, JSON logs."""
from common import *  # noqa
import json

S = "app-log"


def _clock(r):
    """One monotonic clock (and pid/tid) per sample, stored on the sample's RNG."""
    if getattr(r, "_fw_clock", None) is None:
        r._fw_clock = (Clock(r), r.randint(300, 9000), r.randint(100000, 999999))
    return r._fw_clock


def lc(r, tag, msg, lvl=None, pid=None, tid=None):
    clk, cpid, _ = _clock(r)
    return "%s %5d %5d %s %-8s: %s" % (clk.lc(), pid or cpid, tid or cpid + 17, lvl or r.choice("DIVW"), tag, msg)


def ios(r, app, cat, msg):
    clk, pid, tid = _clock(r)
    return "%s %s[%d:%d] [%s] %s" % (clk.ios(), app, pid, tid, cat, msg)


def lts(r):
    return _clock(r)[0].iso()


def lead(c):
    return c.P(["Log dall'app (build di test):\n\n", "Dal logcat del telefono del cliente:\n\n", "", "Vi allego il log, guardate verso la fine:\n\n", "Log del device:\n"],
               ["Log from the app (test build):\n\n", "From the customer's phone logcat:\n\n", "", "Attaching the log, look near the end:\n\n", "Device log:\n"])


APPS = ["AcmePay", "BorealisWallet", "FeniceShop", "LarixDriver", "Sportello"]


# ---------------------------------------------------------------- positives

@T(S)
def log_logcat_okhttp(c):
    r = c.r
    pid, tid = r.randint(1000, 32000), r.randint(1000, 32000)
    host = r.choice(HOSTS)
    tok = c.sv("access_token")
    lines = [lc(r, "OkHttp", "--> GET https://%s/v2/wallet/balance" % host, "I", pid, tid),
             lc(r, "OkHttp", "Accept: application/json", "I", pid, tid),
             lc(r, "OkHttp", "Authorization: Bearer %s" % tok, "I", pid, tid),
             lc(r, "OkHttp", "X-Request-Id: %s" % req_id(r), "I", pid, tid),
             lc(r, "OkHttp", "--> END GET", "I", pid, tid),
             lc(r, "OkHttp", "<-- %s https://%s/v2/wallet/balance (%dms)" % (r.choice(["401", "200", "500"]), host, r.randint(40, 900)), "I", pid, tid)]
    return lead(c) + "\n".join(lines)


@T(S)
def log_ios_refresh(c):
    r = c.r
    app = r.choice(APPS)
    rt = c.sv("refresh_token")
    lines = [ios(r, app, "Auth", "Session restored for user %s" % r.randint(10000, 999999)),
             ios(r, app, "Auth", r.choice(["refresh_token=%s" % rt, "Refreshing with token: %s" % rt, "stored refreshToken \"%s\"" % rt])),
             ios(r, app, "Network", "POST https://%s/oauth/token -> 400 invalid_grant" % r.choice(AUTH_HOSTS))]
    if r.random() < 0.4:
        lines.insert(1, ios(r, app, "Auth", "accessToken=%s" % c.sv("access_token")))
    return lead(c) + "\n".join(lines)


@T(S)
def log_okhttp_body(c):
    r = c.r
    sec = c.sv("client_secret")
    body = json.dumps({"grant_type": "client_credentials", "client_id": r.choice(CLIENT_IDS), "client_secret": sec, "scope": r.choice(SCOPES)})
    if r.random() < 0.5:
        body = "grant_type=client_credentials&client_id=%s&client_secret=%s" % (r.choice(CLIENT_IDS), sec)
    host = r.choice(AUTH_HOSTS)
    return lead(c) + ("--> POST https://%s/oauth/token\nContent-Type: application/%s\nContent-Length: %d\n\n%s\n--> END POST (%d-byte body)\n<-- 401 Unauthorized https://%s/oauth/token (%dms)\n{\"error\":\"invalid_client\"}\n<-- END HTTP" % (
        host, "json" if body.startswith("{") else "x-www-form-urlencoded", len(body), body, len(body), host, r.randint(40, 900)))


@T(S)
def log_alamofire(c):
    r = c.r
    u, p, blob = basic_pair(r)
    if r.random() < 0.5:
        auth = "Basic " + c.add("client_secret", blob)
    else:
        auth = "Bearer " + c.sv("access_token")
    host = r.choice(HOSTS)
    return lead(c) + ("[Request]: POST https://%s/v2/payment_intents\n[Headers]:\n    Accept: application/json\n    Authorization: %s\n    Content-Type: application/json\n    Idempotency-Key: %s\n[Body]:\n    {\"amount\": %d, \"currency\": \"EUR\"}\n[Response]:\n[Status Code]: %s\n[Network Duration]: %.4fs" % (
        host, auth, idem_key(r), r.randint(100, 50000), r.choice(["401", "403", "201"]), r.random()))


@T(S)
def log_sentry_breadcrumbs(c):
    r = c.r
    tok = c.sv("access_token", jwt_ok=False)
    crumbs = [
        {"timestamp": lts(r), "category": "navigation", "data": {"from": "/cart", "to": "/checkout"}},
        {"timestamp": lts(r), "category": "fetch", "data": {"method": "GET", "url": "https://%s/v2/me?token=%s" % (r.choice(HOSTS), tok), "status_code": 401}},
        {"timestamp": lts(r), "category": "console", "level": "error", "message": "Unauthorized"},
    ]
    return (c.P(["Evento Sentry %s, breadcrumbs:\n\n", "Dal pannello Sentry (issue %s):\n\n"], ["Sentry event %s, breadcrumbs:\n\n", "From Sentry (issue %s):\n\n"]) % rs(r, 32, HEX) +
            json.dumps({"breadcrumbs": {"values": crumbs}}, indent=2))


@T(S)
def log_json_password(c):
    r = c.r
    pw = c.sv("password")
    rec = {"ts": lts(r), "level": "debug", "logger": "auth.LoginController", "msg": "login attempt",
           "request": {"username": email_of(person(r, c.lang), r), "password": pw, "remember": True},
           "trace_id": trace_id(r), "span_id": span_id(r)}
    other = {"ts": lts(r), "level": "warn", "logger": "auth.LoginController", "msg": "invalid credentials", "trace_id": rec["trace_id"]}
    return lead(c) + json.dumps(rec, ensure_ascii=False) + "\n" + json.dumps(other)


@T(S)
def log_logcat_card(c):
    r = c.r
    pid, tid = r.randint(1000, 32000), r.randint(1000, 32000)
    num = card(r)
    shown = c.add("card_number", r.choice([num, group_card(num)]))
    lines = [lc(r, "PaySDK", "tokenize() called", "D", pid, tid),
             lc(r, "PaySDK", r.choice(["CardInput{number=%s, expMonth=%d, expYear=20%d}" % (shown, r.randint(1, 12), r.randint(25, 31)), "pan=%s" % shown]), "D", pid, tid)]
    if r.random() < 0.6:
        lines.append(lc(r, "PaySDK", "cvc=%s" % c.add("cvv", cvv(r, num)), "D", pid, tid))
    lines.append(lc(r, "PaySDK", "tokenize() -> error 402 card_declined", "W", pid, tid))
    return c.P(["Il nostro SDK in debug scrive questo nel logcat, è un problema?\n\n", lead(c)], ["Our SDK in debug mode writes this to logcat, is that a problem?\n\n", lead(c)]) + "\n".join(lines)


@T(S)
def log_sms_otp(c):
    r = c.r
    code = pin(r, 6)
    c.add("pin", code)
    msg = c.P(["Il tuo codice di verifica AcmePay è %s. Non condividerlo con nessuno." % code, "%s è il codice per autorizzare il pagamento di %s" % (code, amount(r, "it"))],
              ["Your AcmePay verification code is %s. Don't share it." % code, "%s is your code to approve the payment of %s" % (code, amount(r, "en"))])
    pid, tid = r.randint(1000, 32000), r.randint(1000, 32000)
    lines = [lc(r, "SmsRetriever", "SMS_RETRIEVED_ACTION received", "I", pid, tid),
             lc(r, "OtpAutofill", "message=\"%s\"" % msg, "D", pid, tid),
             lc(r, "OtpAutofill", "extracted otp=%s" % code, "D", pid, tid),
             lc(r, "ScaChallenge", "submit failed: OTP_EXPIRED", "W", pid, tid)]
    return lead(c) + "\n".join(lines)


@T(S)
def log_json_payout_iban(c):
    r = c.r
    ib = c.add("iban", make_iban(r))
    rec = {"time": lts(r), "level": "ERROR", "service": "payouts-worker", "event": "payout.create.failed",
           "payout": {"id": pay_id(r), "amount": r.randint(100, 900000), "currency": "EUR", "destination": {"iban": ib, "holder": r.choice(MERCHANTS)}},
           "error": "beneficiary_bank_rejected"}
    return lead(c) + json.dumps(rec, ensure_ascii=False)


@T(S)
def log_flutter_state(c):
    r = c.r
    at, rt = c.sv("access_token"), c.sv("refresh_token")
    return lead(c) + ("I/flutter (%d): AuthState.authenticated(user: %s, accessToken: %s, refreshToken: %s, expiresAt: %s)\nI/flutter (%d): GoRouter: going to /home" % (
        r.randint(1000, 30000), r.randint(10000, 99999), at, rt, lts(r), r.randint(1000, 30000)))


@T(S)
def log_devtools_storage(c):
    r = c.r
    tok = c.sv("access_token")
    cmd = r.choice(["localStorage.getItem('auth_token')", "sessionStorage.token", "document.cookie"])
    if cmd == "document.cookie":
        nm, val = session_cookie(r)
        out = "'_ga=GA1.1.%d.%d; %s=%s; theme=dark'" % (r.randint(100000000, 999999999), r.randint(1700000000, 1760000000), nm, c.add("access_token", val))
        c.secrets = [s for s in c.secrets if s["value"] != tok]
    else:
        out = "'%s'" % tok
    return (c.P(["Dalla console di Chrome:\n\n", "Console del browser:\n\n"], ["From the Chrome console:\n\n", "Browser console:\n\n"]) +
            "> %s\n< %s\n> fetch('/api/me').then(r => r.status)\n< Promise {<pending>}\n  401" % (cmd, out))


@T(S)
def log_ios_keychain(c):
    r = c.r
    app = r.choice(APPS)
    kind = r.choice(["password", "pin", "client_secret"])
    v = c.sv(kind)
    acct = {"password": "user_password", "pin": "device_pin", "client_secret": "oauth_client_secret"}[kind]
    return lead(c) + "\n".join([ios(r, app, "Keychain", "SecItemCopyMatching status=0"),
                                ios(r, app, "Keychain", "item { acct = %s; svce = com.%s.auth; v_Data = \"%s\" }" % (acct, app.lower(), v)),
                                ios(r, app, "Login", "biometric fallback to stored credential")])


# ---------------------------------------------------------------- negatives

@T(S, neg=True)
def log_logcat_ids(c):
    r = c.r
    pid, tid = r.randint(1000, 32000), r.randint(1000, 32000)
    lines = [lc(r, "Checkout", "payment started id=%s" % pay_id(r), "I", pid, tid),
             lc(r, "Tracing", "traceparent=%s" % traceparent(r), "D", pid, tid),
             lc(r, "OkHttp", "X-Request-Id: %s" % req_id(r), "I", pid, tid),
             lc(r, "OkHttp", "<-- 200 OK (%dms)" % r.randint(30, 900), "I", pid, tid),
             lc(r, "Checkout", "idempotency_key=%s" % idem_key(r), "D", pid, tid)]
    return lead(c) + "\n".join(lines)


@T(S, neg=True)
def log_ios_masked(c):
    r = c.r
    app = r.choice(APPS)
    return lead(c) + "\n".join([ios(r, app, "Network", "Authorization: Bearer %s" % r.choice(["<private>", "***", "[REDACTED]", "eyJ…(%d chars)" % r.randint(300, 900)])),
                                ios(r, app, "Auth", "token expires in %ds" % r.randint(30, 3600)),
                                ios(r, app, "Auth", "refresh scheduled at %s" % hhmm(r)),
                                ios(r, app, "Payment", "card %s brand=%s" % (masked_card(r), r.choice(["visa", "mastercard"])))])


@T(S, neg=True)
def log_okhttp_noauth(c):
    r = c.r
    host = r.choice(HOSTS)
    return lead(c) + ("--> POST https://%s/v2/payments\nContent-Type: application/json\nIdempotency-Key: %s\nX-Client-Id: %s\nAuthorization: ██\n\n{\"amount\":%d,\"currency\":\"EUR\",\"order\":\"%s\"}\n--> END POST\n<-- 201 Created (%dms)\nx-request-id: %s\n{\"id\":\"%s\",\"status\":\"requires_action\"}" % (
        host, idem_key(r), r.choice(CLIENT_IDS), r.randint(100, 90000), order_no(r), r.randint(40, 900), req_id(r), pay_id(r)))


@T(S, neg=True)
def log_sentry_expired(c):
    r = c.r
    ev = {"event_id": rs(r, 32, HEX), "level": "error", "exception": {"values": [{"type": "TokenExpiredError", "value": "jwt expired at %s" % lts(r)}]},
          "tags": {"release": semver(r), "environment": "production"}, "contexts": {"trace": {"trace_id": trace_id(r), "span_id": span_id(r)}}}
    return lead(c) + json.dumps(ev, indent=2)


@T(S, neg=True)
def log_json_payments(c):
    r = c.r
    recs = [{"ts": lts(r), "level": "info", "msg": "payment.captured", "payment_id": pay_id(r), "amount": r.randint(100, 90000),
             "card": {"brand": r.choice(["visa", "mastercard"]), "last4": digits(r, 4), "exp": expiry(r)}, "merchant": r.choice(CLIENT_IDS)} for _ in range(r.randint(2, 3))]
    return lead(c) + "\n".join(json.dumps(x) for x in recs)


@T(S, neg=True)
def log_crash(c):
    r = c.r
    pid, tid = r.randint(1000, 32000), r.randint(1000, 32000)
    lines = [lc(r, "AndroidRuntime", "FATAL EXCEPTION: main", "E", pid, tid),
             lc(r, "AndroidRuntime", "Process: com.acmepay.wallet, PID: %d" % pid, "E", pid, tid),
             lc(r, "AndroidRuntime", "java.lang.IllegalStateException: refresh token missing", "E", pid, tid),
             lc(r, "AndroidRuntime", "\tat com.acmepay.auth.TokenStore.refresh(TokenStore.kt:%d)" % r.randint(20, 300), "E", pid, tid),
             lc(r, "libc", "Fatal signal 6 (SIGABRT), code -1 (SI_QUEUE) in tid %d, fault addr 0x%s" % (tid, rs(r, 12, HEX)), "F", pid, tid)]
    return lead(c) + "\n".join(lines)


@T(S, neg=True)
def log_otp_status(c):
    r = c.r
    app = r.choice(APPS)
    return lead(c) + "\n".join([ios(r, app, "SCA", "challenge created id=%s" % task_id(r)),
                                ios(r, app, "SCA", "OTP sent to %s" % ("+39 ***" + digits(r, 4))),
                                ios(r, app, "SCA", "OTP verification failed (attempt %d/3)" % r.randint(1, 3)),
                                ios(r, app, "SCA", "PIN entry cancelled by user")])


@T(S, neg=True)
def log_hashes(c):
    r = c.r
    recs = [{"ts": lts(r), "msg": "webhook.received", "event_id": "evt_" + rs(r, 24), "payload_sha256": sha256(r), "signature_valid": r.choice([True, False]), "user_id": r.randint(1000, 999999)},
            {"ts": lts(r), "msg": "webhook.processed", "duration_ms": r.randint(2, 900), "attempt": r.randint(1, 5)}]
    return lead(c) + "\n".join(json.dumps(x) for x in recs)


@T(S, neg=True)
def log_alamofire_cursor(c):
    r = c.r
    return lead(c) + ("[Response]:\n[Status Code]: 200\n[Headers]:\n    Content-Type: application/json\n    X-Request-Id: %s\n    Link: <https://%s/v2/payments?cursor=%s>; rel=\"next\"\n[Body]:\n    {\"data\": [], \"next_cursor\": \"%s\"}\n[Network Duration]: %.4fs" % (
        req_id(r), r.choice(HOSTS), b64_json(r), b64_json(r), r.random()))


@T(S, neg=True)
def log_build_info(c):
    r = c.r
    pid, tid = r.randint(1000, 32000), r.randint(1000, 32000)
    lines = [lc(r, "App", "versionName=%s versionCode=%d" % (semver(r), r.randint(100, 9999)), "I", pid, tid),
             lc(r, "App", "gitSha=%s buildType=release" % sha1(r), "I", pid, tid),
             lc(r, "Device", "androidId=%s model=Pixel 7 sdk=34" % rs(r, 16, HEX), "I", pid, tid),
             lc(r, "Theme", "primary=%s accent=%s" % (hexcolor(r), hexcolor(r)), "D", pid, tid)]
    return lead(c) + "\n".join(lines)


@T(S, neg=True)
def log_refresh_flow(c):
    r = c.r
    recs = ["%s INFO  auth.refresh  refresh_token rotated for client=%s, new expiry %ds" % (lts(r), r.choice(CLIENT_IDS), r.choice([3600, 86400])),
            "%s WARN  auth.refresh  access token expired at %s, retrying once" % (lts(r), hhmm(r)),
            "%s INFO  auth.refresh  client_secret loaded from /run/secrets/client_secret (%d bytes)" % (lts(r), r.randint(32, 64))]
    return lead(c) + "\n".join(recs)


@T(S)
def log_url_userinfo(c):
    r = c.r
    pw = c.add("password", password(r, urlsafe=True))
    user = r.choice(["merchant", "api", "ops", r.choice(NAMES)])
    host = r.choice(HOSTS)
    lines = [lc(r, "WebhookClient", "posting to https://%s:%s@%s/hooks/acme" % (user, pw, host), "D"),
             lc(r, "WebhookClient", "response 401 in %dms" % r.randint(20, 800), "W"),
             lc(r, "WebhookClient", "retry %d/5 scheduled" % r.randint(1, 4), "I")]
    return lead(c) + "\n".join(lines)
