#!/usr/bin/env python3
"""Validate /work/holdout12/fresh12.jsonl (stdlib only).

Checks:
  * format: fields, lang, kinds, ids unique, every value an exact substring;
  * values: Luhn for cards, IBAN mod-97 (plus Italian CIN, French RIB key,
    Spanish CCC check digits inside IT/FR/ES IBANs), national check digits
    for contiguous bank_account values (IT BBAN CIN, FR RIB key, ES CCC),
    pin/cvv shape;
  * boundaries: a labelled value is never a fragment of a longer word/number,
    and short numeric values (pin/cvv) occur only once as a token;
  * accidents: no text carries an unlabelled Luhn-valid card-like number, a
    valid IBAN, a PEM private key block with a body, a JWT, or a well-known
    vendor-key prefix followed by a random-looking tail.
  * corpus shape: counts per kind/lang/style, negatives >= positives,
    minimum instance counts per kind.
"""
import json
import re
import sys
import unicodedata
from collections import Counter

KINDS = {"access_token", "client_secret", "refresh_token", "private_key",
         "vendor_key", "card_number", "cvv", "iban", "bank_account",
         "password", "pin"}
MIN_PER_KIND = {k: 40 for k in KINDS}
MIN_PER_KIND.update({"pin": 70, "cvv": 70, "bank_account": 70,
                     "client_secret": 70, "password": 70})

SEPS = " -.\u00a0\u202f\u200b\n/_\t"


def digits_of(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
    return "".join(out)


def luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def compact(s):
    return "".join(ch for ch in s if ch not in SEPS).upper()


IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18,
            "BE": 16, "AT": 20, "CH": 21, "PT": 25, "IE": 22, "SM": 27,
            "LU": 20, "MT": 31, "PL": 28, "GR": 27, "FI": 18, "DK": 18}


def mod97(s):
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(c):
    c = compact(c)
    if len(c) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]]:
        return False
    return mod97(c[4:] + c[:4]) == 1


_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
        16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    tot = 0
    for i, ch in enumerate(s):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _ODD[idx] if i % 2 == 0 else idx
    return chr(65 + tot % 26)


def fr_key(b, g, c):
    conv = {}
    for ch, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9,
                      2, 3, 4, 5, 6, 7, 8, 9]):
        conv[ch] = str(v)
    c = "".join(conv.get(ch, ch) for ch in c.upper())
    return "%02d" % (97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97))


def es_dc(ent, ofi, cta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(s):
        d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(d, d)
    return "%d%d" % (one("00" + ent + ofi), one(cta))


def national_ok(c):
    """Check national check digits inside a compact BBAN-like string.
    Returns (format_name, ok) or (None, True) when no rule applies."""
    if re.fullmatch(r"[A-Z]\d{10}[A-Z0-9]{12}", c):
        return "IT-BBAN", it_cin(c[1:6], c[6:11], c[11:]) == c[0]
    if re.fullmatch(r"\d{10}[A-Z0-9]{11}\d{2}", c):
        return "FR-RIB", fr_key(c[:5], c[5:10], c[10:21]) == c[21:]
    if re.fullmatch(r"\d{20}", c):
        return "ES-CCC", es_dc(c[:4], c[4:8], c[10:]) == c[8:10]
    return None, True


def iban_national_ok(c):
    cc, bban = c[:2], c[4:]
    if cc in ("IT", "SM", "FR", "ES"):
        return national_ok(bban)[1]
    return True


OCR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5",
                     "B": "8", "Z": "2"})


def value_errors(kind, v):
    errs = []
    if kind == "card_number":
        d = digits_of(v)
        rest = "".join(ch for ch in v if not ch.isdigit())
        if any(ch not in SEPS for ch in rest):
            errs.append("card has odd chars %r" % v)
        if not (13 <= len(d) <= 19) or not luhn(d):
            errs.append("card not Luhn-valid %r" % v)
    elif kind == "iban":
        c = compact(v)
        if not iban_ok(c):
            errs.append("iban check digits wrong %r" % v)
        elif not iban_national_ok(c):
            errs.append("iban national check wrong %r" % v)
    elif kind == "bank_account":
        c = compact(v)
        name, ok = national_ok(c)
        if not ok:
            errs.append("bank_account %s check wrong %r" % (name, v))
        if len(digits_of(v)) < 6:
            errs.append("bank_account too short %r" % v)
    elif kind in ("pin", "cvv"):
        c2 = compact(v).translate(OCR)
        d = digits_of(c2)
        if len(d) != len(c2):
            errs.append("%s not numeric %r" % (kind, v))
        lo, hi = (4, 8) if kind == "pin" else (3, 4)
        if not (lo <= len(d) <= hi):
            errs.append("%s wrong length %r" % (kind, v))
    elif kind == "private_key":
        if "PRIVATE KEY" not in v:
            errs.append("private_key without header")
    if not v.strip():
        errs.append("empty value")
    if v != v.strip(" \t\n"):
        errs.append("value has surrounding whitespace %r" % v)
    return errs


def occurrences(text, v):
    out, i = [], text.find(v)
    while i != -1:
        out.append((i, i + len(v)))
        i = text.find(v, i + 1)
    return out


def bounded(text, a, b, v):
    before = text[a - 1] if a > 0 else ""
    after = text[b] if b < len(text) else ""
    ok = True
    if v[0].isalnum() and before.isalnum():
        ok = False
    if v[-1].isalnum() and after.isalnum():
        ok = False
    return ok


# ---------- accident scanners -------------------------------------------
CARD_RUN = re.compile(r"(?<![\w])\d(?:[ \-.\u00a0]?\d){12,18}(?![\w])")
IBAN_START = re.compile(r"(?i)(?<![A-Za-z0-9])(%s)\d{2}" % "|".join(IBAN_LEN))
PEM_PRIV = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----(.*?)-----END [A-Z ]*PRIVATE KEY-----", re.S)
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}")
VENDOR = [
    re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    re.compile(r"\b[sr]k_(?:live|test)_([0-9A-Za-z]{16,})"),
    re.compile(r"\bgh[pousr]_([0-9A-Za-z]{30,})"),
    re.compile(r"\bgithub_pat_([0-9A-Za-z_]{30,})"),
    re.compile(r"\bxox[abposr]-([0-9A-Za-z-]{20,})"),
    re.compile(r"\bAIza([0-9A-Za-z_-]{35})"),
    re.compile(r"\bSG\.([\w-]{16,})\.[\w-]{20,}"),
    re.compile(r"\bglpat-([0-9A-Za-z_-]{20})"),
    re.compile(r"\bnpm_([0-9A-Za-z]{36})"),
    re.compile(r"\bsk-(?:proj-)?([0-9A-Za-z_-]{32,})"),
    re.compile(r"\bAC[0-9a-f]{32}\b|\bSK[0-9a-f]{32}\b"),
    re.compile(r"\bwhsec_([0-9A-Za-z]{20,})"),
]


def looks_random(tail):
    if not tail:
        return True
    return len(set(tail)) > 6 and any(c.isdigit() for c in tail)


def covered(spans, a, b):
    return any(not (b <= x or a >= y) for x, y in spans)


def accidents(text, secrets):
    spans = []
    for s in secrets:
        spans += occurrences(text, s["value"])
    errs = []
    for m in CARD_RUN.finditer(text):
        d = digits_of(m.group())
        if 13 <= len(d) <= 19 and luhn(d) and not covered(spans, *m.span()):
            errs.append("unlabelled Luhn-valid number %r" % m.group())
    for m in IBAN_START.finditer(text):
        cc = m.group(1).upper()
        need = IBAN_LEN[cc]
        buf, j = [], m.start()
        while j < len(text) and len(buf) < need:
            ch = text[j]
            if ch.isascii() and ch.isalnum():
                buf.append(ch.upper())
            elif ch in " \u00a0-" and buf:
                pass
            else:
                break
            j += 1
        c = "".join(buf)
        if len(c) == need and iban_ok(c) and not covered(spans, m.start(), j):
            errs.append("unlabelled valid IBAN %r" % c)
    for m in PEM_PRIV.finditer(text):
        body = re.sub(r"[^A-Za-z0-9+/=]", "", m.group(1).replace("\\n", ""))
        if len(body) >= 40 and not covered(spans, *m.span()):
            errs.append("unlabelled PEM private key")
    for m in JWT.finditer(text):
        if not covered(spans, *m.span()):
            errs.append("unlabelled JWT %r" % m.group()[:30])
    for rx in VENDOR:
        for m in rx.finditer(text):
            tail = m.group(1) if m.groups() else m.group()
            if looks_random(tail) and not covered(spans, *m.span()):
                errs.append("unlabelled vendor key %r" % m.group()[:24])
    return errs


def sample_errors(obj):
    errs = []
    for f in ("id", "lang", "style", "text", "secrets"):
        if f not in obj:
            errs.append("missing field " + f)
    if errs:
        return errs
    if obj["lang"] not in ("it", "en"):
        errs.append("bad lang")
    text = obj["text"]
    seen_vals = set()
    for s in obj["secrets"]:
        if set(s) != {"kind", "value"}:
            errs.append("bad secret fields %r" % s)
            continue
        k, v = s["kind"], s["value"]
        if k not in KINDS:
            errs.append("bad kind " + k)
        if (k, v) in seen_vals:
            errs.append("duplicate secret %r" % v)
        seen_vals.add((k, v))
        occ = occurrences(text, v)
        if not occ:
            errs.append("value not in text: %r" % v)
            continue
        errs += value_errors(k, v)
        for a, b in occ:
            if not bounded(text, a, b, v):
                errs.append("value %r is a fragment of a longer token" % v)
        if k in ("pin", "cvv"):
            rx = re.compile(r"(?<![0-9A-Za-z])" + re.escape(v) + r"(?![0-9A-Za-z])")
            if len(rx.findall(text)) != len(occ) or len(occ) > 2:
                errs.append("short value %r repeated/ambiguous" % v)
    errs += accidents(text, obj["secrets"])
    return errs


def main(path):
    ok = True
    ids = set()
    kinds, langs, styles = Counter(), Counter(), Counter()
    pos = neg = 0
    pos_lang, neg_lang = Counter(), Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            n += 1
            obj = json.loads(line)
            if obj.get("id") in ids:
                print("line %d: duplicate id %s" % (ln, obj.get("id")))
                ok = False
            ids.add(obj.get("id"))
            errs = sample_errors(obj)
            for e in errs:
                print("line %d (%s): %s" % (ln, obj.get("id"), e))
                ok = False
            langs[obj["lang"]] += 1
            styles[obj["style"]] += 1
            if obj["secrets"]:
                pos += 1
                pos_lang[obj["lang"]] += 1
            else:
                neg += 1
                neg_lang[obj["lang"]] += 1
            for s in obj["secrets"]:
                kinds[s["kind"]] += 1
    print("samples: %d  positives: %d  negatives: %d" % (n, pos, neg))
    print("langs:", dict(langs), " pos:", dict(pos_lang), " neg:", dict(neg_lang))
    print("instances per kind:")
    for k in sorted(KINDS):
        flag = "" if kinds[k] >= MIN_PER_KIND[k] else "  <-- below %d" % MIN_PER_KIND[k]
        print("  %-14s %4d%s" % (k, kinds[k], flag))
        if flag:
            ok = False
    print("styles: %d distinct" % len(styles))
    print("  " + ", ".join("%s=%d" % kv for kv in styles.most_common()))
    if n < 1300:
        print("too few samples"); ok = False
    if neg < pos:
        print("fewer negatives than positives"); ok = False
    if langs["it"] and abs(langs["it"] - langs["en"]) > 0.1 * n:
        print("language imbalance"); ok = False
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else
                  "/work/holdout12/fresh12.jsonl"))
