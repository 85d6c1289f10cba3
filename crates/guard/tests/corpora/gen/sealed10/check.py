#!/usr/bin/env python3
"""Validate /work/holdout10/corpus.jsonl (sealed holdout #10 for the Sportello guard).

Checks required by the brief / docs/guard-corpora.md:
  * every line is a JSON object with id, lang, style, text, secrets
  * ids unique and prefixed `sealed10-`
  * lang is it|en, about half Italian
  * every secret value is an exact substring of text, kinds from the allowed list
  * card_number values are Luhn-valid (separators, full-width digits and spoken
    Italian/English digit words are normalised first)
  * iban values have valid mod-97 check digits
  * >= 1000 samples, at least as many `secrets: []` samples as samples with secrets

Extra hygiene checks (so the labels are honest):
  * no Luhn-valid 13-19 digit run and no mod-97-valid IBAN outside labeled values
  * no obvious credential shapes (JWT, PEM private key, well-known vendor prefixes)
    outside labeled values
  * occurrences of a short value (< 16 chars) sit on token boundaries (unless
    inside another label)
  * short values (< 10 chars) occur once, unless extra occurrences are inside
    another labeled value
"""
import json
import re
import sys
import unicodedata
from collections import Counter

KINDS = {
    "access_token", "client_secret", "refresh_token", "private_key", "vendor_key",
    "card_number", "cvv", "iban", "bank_account", "password", "pin",
}

WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "uno": "1", "due": "2", "tre": "3", "quattro": "4", "cinque": "5",
    "sei": "6", "sette": "7", "otto": "8", "nove": "9",
}

IBAN_LEN = {
    "IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16,
    "AT": 20, "CH": 21, "PT": 25, "IE": 22, "LU": 20, "PL": 28, "LT": 20, "MC": 27,
    "GR": 27, "FI": 18, "DK": 18, "SE": 24, "NO": 15, "HR": 21, "SI": 19, "MT": 31,
}


def fold(s):
    """Full-width and other Unicode digits/letters to ASCII."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
        else:
            n = unicodedata.normalize("NFKC", ch)
            out.append(n if len(n) == 1 else ch)
    return "".join(out)


def digits_of(value):
    v = fold(value).lower()
    words = re.findall(r"[a-z]+", v)
    if words and all(w in WORDS or w in ("and", "e") for w in words):
        return "".join(WORDS.get(w, "") for w in re.findall(r"[a-z]+|\d", v) if w in WORDS or w.isdigit())
    return re.sub(r"\D", "", v)


def luhn_valid(d):
    if not d or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def iban_compact(value):
    return re.sub(r"[^0-9A-Za-z]", "", fold(value)).upper()


def iban_valid(value):
    s = iban_compact(value)
    if len(s) < 15 or len(s) > 34 or not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s):
        return False
    if s[:2] in IBAN_LEN and IBAN_LEN[s[:2]] != len(s):
        return False
    r = s[4:] + s[:4]
    n = int("".join(str(int(c, 36)) for c in r))
    return n % 97 == 1


def spans_of(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def labeled_spans(text, secrets):
    spans = []
    for s in secrets:
        spans.extend(spans_of(text, s["value"]))
    return spans


def overlaps(a, b, spans):
    return any(a < e and s < b for s, e in spans)


SEP = "[ \u00a0\u202f\t.\\-/]"
RUN_RE = re.compile(r"\d(?:" + SEP + r"?\d)+")
PLAIN_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
SHAPES = [
    ("jwt", re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}")),
    ("pem-private", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("stripe", re.compile(r"\b[sr]k_(?:live|test)_(?![xX*]{8})[A-Za-z0-9]{16,}")),
    ("aws", re.compile(r"\bAKIA[A-Z2-7]{16}\b")),
    ("github", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}")),
    ("github-pat", re.compile(r"github_pat_[A-Za-z0-9_]{30,}")),
    ("gitlab", re.compile(r"glpat-[A-Za-z0-9_-]{20}")),
    ("slack", re.compile(r"\bxox[abposr]-[0-9A-Za-z-]{20,}")),
    ("google", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("sendgrid", re.compile(r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}")),
    ("whsec", re.compile(r"\bwhsec_[A-Za-z0-9]{24,}")),
    ("basic", re.compile(r"Basic [A-Za-z0-9+/]{12,}={0,2}")),
]


def hygiene(rec):
    """Problems that would make a label dishonest. Returns a list of strings."""
    text, secrets = rec["text"], rec["secrets"]
    spans = labeled_spans(text, secrets)
    probs = []
    ftext = fold(text)  # same length as text for the characters we use
    if len(ftext) != len(text):
        ftext = text
    for m in list(RUN_RE.finditer(ftext)) + list(PLAIN_RE.finditer(ftext)):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_valid(d) and not overlaps(m.start(), m.end(), spans):
            probs.append("unlabeled Luhn-valid run %r" % m.group())
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2})\d{2}", ftext):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        want = IBAN_LEN[cc]
        i, got, end = m.start(), "", m.start()
        while i < len(ftext) and len(got) < want:
            ch = ftext[i]
            if ch.isalnum() and ch.isascii():
                got += ch.upper()
            elif ch not in " \u00a0\u202f\t.-\n":
                break
            i += 1
            end = i
        if len(got) == want and iban_valid(got) and not overlaps(m.start(), end, spans):
            probs.append("unlabeled valid IBAN %r" % got)
    for name, rx in SHAPES:
        for m in rx.finditer(text):
            if not overlaps(m.start(), m.end(), spans):
                probs.append("unlabeled %s shape %r" % (name, m.group()[:40]))
    for s in secrets:
        v = s["value"]
        occ = spans_of(text, v)
        others = [sp for t in secrets if t["value"] != v and v in t["value"] for sp in spans_of(text, t["value"])]
        free = [o for o in occ if not any(a <= o[0] and o[1] <= b for a, b in others)]
        for a, b in free if len(v) < 16 else []:
            if v[0].isalnum() and a > 0 and text[a - 1].isalnum():
                probs.append("value %r glued on the left" % v)
            if v[-1].isalnum() and b < len(text) and text[b].isalnum():
                probs.append("value %r glued on the right" % v)
        if len(v) < 10 and len(free) > 1:
            probs.append("short value %r occurs %d times" % (v, len(free)))
    return probs


def main(path):
    errors = []
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
                continue
            recs.append((n, rec))
    ids = Counter()
    kinds, styles, langs = Counter(), Counter(), Counter()
    n_secret = n_pass = 0
    for n, rec in recs:
        where = "line %d (%s)" % (n, rec.get("id"))
        if set(rec) != {"id", "lang", "style", "text", "secrets"}:
            errors.append("%s: fields %s" % (where, sorted(rec)))
            continue
        ids[rec["id"]] += 1
        if not str(rec["id"]).startswith("sealed10-"):
            errors.append("%s: id prefix" % where)
        if rec["lang"] not in ("it", "en"):
            errors.append("%s: lang %r" % (where, rec["lang"]))
        if not isinstance(rec["style"], str) or not rec["style"]:
            errors.append("%s: style" % where)
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            errors.append("%s: text" % where)
            continue
        nlines = rec["text"].count("\n") + 1
        if nlines > 70:
            errors.append("%s: %d lines" % (where, nlines))
        langs[rec["lang"]] += 1
        styles[rec["style"]] += 1
        if not isinstance(rec["secrets"], list):
            errors.append("%s: secrets not a list" % where)
            continue
        if rec["secrets"]:
            n_secret += 1
        else:
            n_pass += 1
        seen = set()
        for s in rec["secrets"]:
            if set(s) != {"kind", "value"}:
                errors.append("%s: secret fields %s" % (where, sorted(s)))
                continue
            k, v = s["kind"], s["value"]
            kinds[k] += 1
            if k not in KINDS:
                errors.append("%s: kind %r" % (where, k))
            if not v or v not in rec["text"]:
                errors.append("%s: value %r not in text" % (where, v))
            if v in seen:
                errors.append("%s: value %r labeled twice" % (where, v))
            seen.add(v)
            if v != v.strip() and k not in ("private_key",):
                errors.append("%s: value %r has outer whitespace" % (where, v))
            if k == "card_number":
                d = digits_of(v)
                if not (12 <= len(d) <= 19 and luhn_valid(d)):
                    errors.append("%s: card %r not Luhn-valid (%s)" % (where, v, d))
            if k == "iban" and not iban_valid(v):
                errors.append("%s: IBAN %r has bad check digits" % (where, v))
        for p in hygiene(rec):
            errors.append("%s: %s" % (where, p))
    for i, c in ids.items():
        if c > 1:
            errors.append("duplicate id %s" % i)
    total = len(recs)
    it_share = langs["it"] / total if total else 0
    if total < 1000:
        errors.append("only %d samples" % total)
    if not 0.45 <= it_share <= 0.55:
        errors.append("Italian share %.3f" % it_share)
    if n_pass < n_secret:
        errors.append("pass samples %d < secret samples %d" % (n_pass, n_secret))
    texts = Counter(r["text"] for _, r in recs)
    dups = sum(c - 1 for c in texts.values() if c > 1)
    if dups:
        errors.append("%d duplicate texts" % dups)

    print("samples: %d  (with secrets: %d, must pass: %d)" % (total, n_secret, n_pass))
    print("lang: it %d (%.1f%%), en %d" % (langs["it"], 100 * it_share, langs["en"]))
    print("kinds (labels):")
    for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
        print("  %-14s %d" % (k, c))
    print("styles (%d):" % len(styles))
    for k, c in sorted(styles.items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (k, c))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/corpus.jsonl"))
