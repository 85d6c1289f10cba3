# -*- coding: utf-8 -*-
"""Checks shared by gen.py (reject and redraw) and validate.py (report)."""
import re
import unicodedata

KINDS = ["access_token", "client_secret", "refresh_token", "private_key", "vendor_key",
         "card_number", "cvv", "iban", "bank_account", "password", "pin"]

WORD_DIGITS = {}
for i, w in enumerate(["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]):
    WORD_DIGITS[w] = str(i)
for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]):
    WORD_DIGITS[w] = str(i)
WORD_DIGITS["oh"] = "0"

IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "AT": 20, "CH": 21,
            "IE": 22, "PT": 25, "LU": 20, "SM": 27}


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def value_digits(v):
    """Digits of a value, reading spelled-out digits (it/en) and full-width forms."""
    s = nfkc(v).lower()
    toks = re.findall(r"[a-z]+|\d", s)
    if any(t.isalpha() for t in toks):
        out = []
        for t in toks:
            if t.isdigit():
                out.append(t)
            elif t in WORD_DIGITS:
                out.append(WORD_DIGITS[t])
            else:
                return None
        return "".join(out)
    return "".join(ch for ch in s if ch.isdigit())


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_ok(v):
    d = value_digits(v)
    return d is not None and 12 <= len(d) <= 19 and luhn_ok(d)


def iban_compact(v):
    s = nfkc(v)
    return "".join(ch for ch in s if ch.isalnum()).upper()


def iban_mod97(s):
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban_ok(v):
    s = iban_compact(v)
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return iban_mod97(s)


def spans(text, secrets):
    cov = [False] * len(text)
    for s in secrets:
        v = s["value"]
        i = text.find(v)
        while i >= 0:
            for k in range(i, i + len(v)):
                cov[k] = True
            i = text.find(v, i + 1)
    return cov


def boundary_problems(text, secrets):
    """Occurrences of a value glued to a longer alphanumeric run (e.g. a PIN inside a phone number)."""
    bad = []
    for s in secrets:
        v = s["value"]
        i = text.find(v)
        while i >= 0:
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(v)] if i + len(v) < len(text) else " "
            if (v[0].isalnum() and before.isalnum()) or (v[-1].isalnum() and after.isalnum()):
                bad.append((s["kind"], v, before + "|" + after))
            i = text.find(v, i + 1)
    return bad


def short_number_problems(text, secrets):
    """A short numeric value (PIN, CVV) whose occurrence sits inside a longer spaced/dashed number."""
    bad = []
    for s in secrets:
        v = s["value"]
        if len(v) > 8 or not re.fullmatch(r"[\d .\-]+", v):
            continue
        i = text.find(v)
        while i >= 0:
            pre, post = text[max(0, i - 2):i], text[i + len(v):i + len(v) + 2]
            if re.fullmatch(r"\d[ .\-/]", pre) or re.fullmatch(r"[ .\-/]\d", post):
                bad.append((s["kind"], v, pre + "|" + post))
            i = text.find(v, i + 1)
    return bad


CARDISH = re.compile(r"(?<![0-9A-Za-z])(?:\d{13,19}"
                     r"|\d{4}([ \-.\u00a0\u202f])\d{4}(?:\1\d{4}){1,2}(?:\1?\d{1,3})?"
                     r"|\d{4}[ \-]\d{6}[ \-]\d{5})(?![0-9A-Za-z])")
IBANISH = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-.\u00a0]?[A-Za-z0-9]){11,30}")


def stray_cards(text, secrets):
    """Luhn-valid card-shaped numbers outside labelled spans."""
    t = nfkc(text)
    if len(t) != len(text):
        return []
    cov = spans(text, secrets)
    out = []
    for m in CARDISH.finditer(t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not all(cov[m.start():m.end()]):
            out.append(m.group())
    return out


def stray_ibans(text, secrets):
    cov = spans(text, secrets)
    out = []
    for m in IBANISH.finditer(text):
        raw = m.group()
        comp = "".join(ch for ch in raw if ch.isalnum()).upper()
        if comp[:2] not in IBAN_LEN:
            continue
        n = IBAN_LEN[comp[:2]]
        if len(comp) >= n and iban_mod97(comp[:n]) and not all(cov[m.start():m.start() + 4]):
            out.append(raw)
    return out


def sample_problems(o, boundary=True):
    probs = []
    text = o["text"]
    for s in o["secrets"]:
        if s["kind"] not in KINDS:
            probs.append("bad kind %s" % s["kind"])
        if not s["value"] or s["value"] not in text:
            probs.append("value not in text: %r" % s["value"][:40])
        if s["value"] != s["value"].strip(" "):
            probs.append("value has outer spaces: %r" % s["value"])
        if s["kind"] == "card_number" and not card_ok(s["value"]):
            probs.append("card fails Luhn: %r" % s["value"])
        if s["kind"] == "iban" and not iban_ok(s["value"]):
            probs.append("iban fails mod-97: %r" % s["value"])
    for b in (boundary_problems(text, o["secrets"]) if boundary else []):
        probs.append("boundary %s %r %r" % b)
    for b in short_number_problems(text, o["secrets"]):
        probs.append("short number inside a longer one %s %r %r" % b)
    for x in stray_cards(text, o["secrets"]):
        probs.append("unlabelled Luhn-valid number %r" % x)
    for x in stray_ibans(text, o["secrets"]):
        probs.append("unlabelled valid IBAN %r" % x)
    return probs
