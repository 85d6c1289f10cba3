#!/usr/bin/env python3
"""Validate threads.jsonl against the corpus rules. Self-contained (does not import the generator).

Exit status 0 when every rule holds; prints statistics either way.
usage: python3 validate.py [PATH]
"""
import collections
import json
import os
import re
import sys

KINDS = {"access_token", "refresh_token", "client_secret", "vendor_key", "private_key", "password", "pin", "cvv",
         "card_number", "iban", "bank_account"}
IBAN_LEN = {"IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "AT": 20, "CH": 21,
            "PT": 25, "IE": 22, "LU": 20, "PL": 28, "GR": 27, "FI": 18, "DK": 18, "HR": 21, "SI": 19, "MT": 31,
            "NO": 15, "SE": 24, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "BG": 22, "LT": 20, "LV": 21, "EE": 20,
            "CY": 28, "LI": 21, "MC": 27, "IS": 26, "SA": 24, "AE": 23, "TR": 26}
WORDS = {w: str(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])}
WORDS.update({w: str(i) for i, w in enumerate(["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"])})
WORDS["oh"] = "0"


def luhn(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


def iban_valid(v):
    s = "".join(ch for ch in v if ch.isalnum()).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if s[:2] in IBAN_LEN and IBAN_LEN[s[:2]] != len(s):
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def spoken_digits(v):
    toks = re.findall(r"[A-Za-z]+|\d", v)
    out = []
    for t in toks:
        if t.isdigit():
            out.append(t)
        elif t.lower() in WORDS:
            out.append(WORDS[t.lower()])
        else:
            return None
    return "".join(out)


SEP = r"(?: - |, |[ \-.\u00a0/\u00b7_]| {2,3})"
DIGIT_SEQ = re.compile(r"\d+(?:%s\d+)*" % SEP)
IBAN_RX = re.compile(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:(?: - | / |[ \-.\u00a0_]| {2,3})?[A-Z0-9]){10,34}")
SECRET_RX = [re.compile(p) for p in [
    r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----",
    r"\b(?:sk|rk)_live_[A-Za-z0-9]{10,}", r"\bwhsec_[A-Za-z0-9]{20,}", r"\bAKIA[A-Z2-7]{16}\b", r"\bghp_[A-Za-z0-9]{30,}",
    r"\bgithub_pat_[A-Za-z0-9_]{30,}", r"\bxox[bpas]-\d+-", r"\bAIza[A-Za-z0-9_-]{30,}", r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}",
    r"\bglpat-[A-Za-z0-9_-]{16,}", r"\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}", r"\bshpat_[a-f0-9]{20,}", r"\bnpm_[A-Za-z0-9]{30,}",
    r"\bkey-[a-f0-9]{32}\b", r"\bsq0(?:atp|csp)-[A-Za-z0-9_-]{16,}", r"\bxkeysib-[a-f0-9]{40,}", r"\bya29\.[A-Za-z0-9_-]{20,}",
    r"\bGOCSPX-[A-Za-z0-9_-]{20,}", r"\b1//0[geh][A-Za-z0-9_-]{20,}"]]


def card_hits(text):
    hits = []
    for m in DIGIT_SEQ.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group(0))]
        for i in range(len(groups)):
            total = 0
            for j in range(i, len(groups)):
                total += groups[j][1] - groups[j][0]
                if total > 19:
                    break
                if total >= 13 and luhn("".join(text[a:b] for a, b in groups[i:j + 1])):
                    hits.append((groups[i][0], groups[j][1]))
    return hits


def iban_hits(text):
    hits = []
    for m in IBAN_RX.finditer(text):
        raw = m.group(0)
        idx = [i for i, ch in enumerate(raw) if ch.isalnum()]
        s = "".join(raw[i] for i in idx).upper()
        L = IBAN_LEN.get(s[:2])
        if L and L <= len(s) and iban_valid(s[:L]):
            hits.append((m.start(), m.start() + idx[L - 1] + 1))
    return hits


def pattern_hits(text):
    return [(m.start(), m.end()) for rx in SECRET_RX for m in rx.finditer(text)]


def spans_of(text, secrets):
    out = []
    for s in secrets:
        i = text.find(s["value"])
        while i >= 0:
            out.append((i, i + len(s["value"])))
            i = text.find(s["value"], i + 1)
    return out


def check_value(kind, v):
    if not v or v != v.strip():
        return "empty or padded value"
    if kind == "card_number":
        d = re.sub(r"\D", "", v)
        if not (13 <= len(d) <= 19) or not luhn(d):
            return "card not Luhn-valid 13-19 digits"
        if re.search(r"[A-Za-z]", v):
            return "letters in card value"
    elif kind == "iban":
        if not iban_valid(v):
            return "IBAN fails mod-97/length"
    elif kind in ("pin", "cvv"):
        d = spoken_digits(v)
        if d is None:
            return "pin/cvv not digits or number words"
        lo, hi = (4, 6) if kind == "pin" else (3, 4)
        if not lo <= len(d) <= hi:
            return "%s has %d digits" % (kind, len(d))
    elif kind == "private_key":
        if not re.fullmatch(r"-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", v):
            return "private key is not a whole PEM block"
    elif kind == "bank_account":
        if len(re.sub(r"\D", "", v)) < 6:
            return "bank account too short"
    elif kind in ("access_token", "refresh_token", "client_secret", "vendor_key"):
        if len(v.replace("\n", "")) < 16 or " " in v:
            return "token-like value too short or has spaces"
    elif kind == "password":
        if len(v) < 6:
            return "password too short"
    return None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "threads.jsonl")
    errors = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("line %d: JSON error %s" % (n, e))
    ids = collections.Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append("duplicate id %s" % i)
    texts = collections.Counter(r.get("text") for r in rows)
    dup_texts = sum(c - 1 for c in texts.values() if c > 1)
    if dup_texts:
        errors.append("%d duplicate texts" % dup_texts)
    kind_secrets = collections.Counter()
    kind_samples = collections.Counter()
    style = collections.Counter()
    style_lang_pos = collections.Counter()
    lang = collections.Counter()
    pos = neg = 0
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != {"id", "lang", "style", "text", "secrets"}:
            errors.append("%s: wrong keys %s" % (rid, sorted(r)))
            continue
        if r["lang"] not in ("it", "en") or not re.fullmatch(r"h6-(it|en)-\d{4}", rid) or rid[3:5] != r["lang"]:
            errors.append("%s: bad id/lang" % rid)
        if not isinstance(r["text"], str) or not r["text"].strip() or not isinstance(r["secrets"], list):
            errors.append("%s: bad text/secrets" % rid)
            continue
        lang[r["lang"]] += 1
        style[r["style"]] += 1
        text, secrets = r["text"], r["secrets"]
        if secrets:
            pos += 1
            style_lang_pos[(r["style"], r["lang"], "pos")] += 1
        else:
            neg += 1
            style_lang_pos[(r["style"], r["lang"], "neg")] += 1
        seen = set()
        for s in secrets:
            if set(s) != {"kind", "value"} or s["kind"] not in KINDS:
                errors.append("%s: bad secret entry %r" % (rid, s))
                continue
            if s["value"] not in text:
                errors.append("%s: value not verbatim in text: %r" % (rid, s["value"][:50]))
            why = check_value(s["kind"], s["value"])
            if why:
                errors.append("%s: %s: %s %r" % (rid, s["kind"], why, s["value"][:50]))
            kind_secrets[s["kind"]] += 1
            seen.add(s["kind"])
        for k in seen:
            kind_samples[k] += 1
        spans = spans_of(text, secrets)
        for name, fn in (("card", card_hits), ("iban", iban_hits), ("secret-pattern", pattern_hits)):
            for h in fn(text):
                if not any(h[0] < b[1] and b[0] < h[1] for b in spans):
                    what = "negative contains" if not secrets else "unlabeled"
                    errors.append("%s: %s %s %r" % (rid, what, name, text[h[0]:h[1]][:50]))
    total = len(rows)
    if total < 1600:
        errors.append("only %d samples" % total)
    if abs(lang["it"] - lang["en"]) > total * 0.02:
        errors.append("language imbalance %s" % dict(lang))
    if not 0.45 <= neg / max(total, 1) <= 0.55:
        errors.append("negative share %.2f outside 45-55%%" % (neg / total))
    for k in KINDS:
        if kind_samples[k] < 60:
            errors.append("kind %s only in %d samples" % (k, kind_samples[k]))
    if len(style) < 8:
        errors.append("only %d styles" % len(style))

    print("file: %s" % os.path.abspath(path))
    print("samples: %d  (positives %d, negatives %d)" % (total, pos, neg))
    print("lang: %s" % dict(sorted(lang.items())))
    print("\nkind               secrets  samples")
    for k in sorted(KINDS, key=lambda x: -kind_secrets[x]):
        print("  %-16s %7d  %7d" % (k, kind_secrets[k], kind_samples[k]))
    print("\nstyle              it+  it-  en+  en-  total")
    for s in sorted(style):
        print("  %-16s %4d %4d %4d %4d  %5d" % (s, style_lang_pos[(s, "it", "pos")], style_lang_pos[(s, "it", "neg")],
                                               style_lang_pos[(s, "en", "pos")], style_lang_pos[(s, "en", "neg")], style[s]))
    lens = sorted(len(r["text"]) for r in rows)
    print("\ntext length: min %d, median %d, p90 %d, max %d chars" % (lens[0], lens[len(lens) // 2], lens[int(len(lens) * .9)], lens[-1]))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all rules hold")


if __name__ == "__main__":
    main()
