#!/usr/bin/env python3
"""Checks for the fresh14 corpus: parse, ids, substrings, counts, checksums, and a scan of
pass samples (and unlabelled parts of secret samples) for Luhn-valid card numbers and valid IBANs."""
import collections
import json
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else "/work/fresh14/holdout14/fresh14.jsonl"
KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv",
         "iban", "bank_account", "password", "pin"}
IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "CH": 21, "AT": 20,
            "PT": 25, "IE": 22, "LU": 20, "SM": 27, "MC": 27}


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]] or not s.isalnum():
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


CARD_RUN_RE = re.compile(r"(?<![0-9A-Za-z])(?:\d{13,19}|\d{4}([ .-])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![0-9A-Za-z])")
IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")


def spans_of(text, secrets):
    out = []
    for s in secrets:
        i = text.find(s["value"])
        while i >= 0:
            out.append((i, i + len(s["value"])))
            i = text.find(s["value"], i + 1)
    return out


def covered(spans, a, b):
    return any(x <= a and b <= y for x, y in spans)


def main():
    errors, warns = [], []
    ids = set()
    n = 0
    by_lang = collections.Counter()
    by_style = collections.Counter()
    by_kind = collections.Counter()
    by_kind_samples = collections.Counter()
    n_sec = n_pass = 0
    style_mode = collections.defaultdict(lambda: [0, 0])
    lang_mode = collections.defaultdict(lambda: [0, 0])
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except Exception as e:
                errors.append(f"line {ln}: parse error {e}")
                continue
            n += 1
            for k in ("id", "lang", "style", "text", "secrets"):
                if k not in o:
                    errors.append(f"line {ln}: missing {k}")
            if set(o) - {"id", "lang", "style", "text", "secrets"}:
                errors.append(f"line {ln}: extra fields {set(o) - {'id', 'lang', 'style', 'text', 'secrets'}}")
            if o["id"] in ids:
                errors.append(f"line {ln}: duplicate id {o['id']}")
            ids.add(o["id"])
            if o["lang"] not in ("it", "en"):
                errors.append(f"{o['id']}: bad lang")
            by_lang[o["lang"]] += 1
            by_style[o["style"]] += 1
            text = o["text"]
            secs = o["secrets"]
            if secs:
                n_sec += 1
                style_mode[o["style"]][0] += 1
                lang_mode[o["lang"]][0] += 1
            else:
                n_pass += 1
                style_mode[o["style"]][1] += 1
                lang_mode[o["lang"]][1] += 1
            kinds_here = set()
            for s in secs:
                if s.get("kind") not in KINDS:
                    errors.append(f"{o['id']}: bad kind {s.get('kind')}")
                v = s.get("value", "")
                if not v or v not in text:
                    errors.append(f"{o['id']}: value not a substring: {v[:30]!r}")
                if v != v.strip():
                    warns.append(f"{o['id']}: value has surrounding whitespace")
                by_kind[s["kind"]] += 1
                kinds_here.add(s["kind"])
                if s["kind"] == "card_number":
                    digits = re.sub(r"\D", "", v)
                    if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                        errors.append(f"{o['id']}: card fails Luhn {v!r}")
                if s["kind"] == "iban" and not iban_valid(v):
                    errors.append(f"{o['id']}: IBAN invalid {v!r}")
                if s["kind"] in ("cvv", "pin") and not re.fullmatch(r"\d{3,8}", v):
                    errors.append(f"{o['id']}: odd {s['kind']} {v!r}")
                if len(v) <= 8:
                    # a short value must not also appear as an unrelated substring
                    cnt = text.count(v)
                    if cnt > 1:
                        warns.append(f"{o['id']}: short value {v!r} occurs {cnt} times")
            for k in kinds_here:
                by_kind_samples[k] += 1
            if len(set((s["kind"], s["value"]) for s in secs)) != len(secs):
                warns.append(f"{o['id']}: duplicate secret entries")
            sp = spans_of(text, secs)
            for m in CARD_RUN_RE.finditer(text):
                d = re.sub(r"\D", "", m.group(0))
                if 13 <= len(d) <= 19 and luhn_ok(d) and not covered(sp, m.start(), m.end()):
                    errors.append(f"{o['id']}: unlabelled Luhn-valid number {m.group(0)!r}")
            for m in IBAN_START_RE.finditer(text):
                cc = m.group(1)
                if cc not in IBAN_LEN:
                    continue
                j, got, end = m.start(), "", m.start()
                while j < len(text) and len(got) < IBAN_LEN[cc]:
                    ch = text[j]
                    if ch.isalnum():
                        got += ch
                    elif ch != " ":
                        break
                    j += 1
                    end = j
                if len(got) == IBAN_LEN[cc] and iban_valid(got) and not covered(sp, m.start(), end):
                    errors.append(f"{o['id']}: unlabelled valid IBAN {got}")
    print(f"samples: {n}  (it {by_lang['it']}, en {by_lang['en']})")
    print(f"with secrets: {n_sec}  pass: {n_pass}")
    for lg, (a, b) in sorted(lang_mode.items()):
        print(f"  {lg}: secrets {a}, pass {b}")
    print("secret labels per kind (labels / samples):")
    for k in sorted(KINDS):
        print(f"  {k:<14} {by_kind[k]:>5} / {by_kind_samples[k]:>4}")
    print(f"styles ({len(by_style)}):")
    for st, (a, b) in sorted(style_mode.items()):
        print(f"  {st:<15} sec {a:>4}  pass {b:>4}")
    one_sided = [st for st, (a, b) in style_mode.items() if a == 0 or b == 0]
    if one_sided:
        warns.append(f"styles with only one mode: {one_sided}")
    if n < 1600:
        errors.append(f"only {n} samples (< 1600)")
    if n_pass < n_sec:
        errors.append(f"pass ({n_pass}) < with-secrets ({n_sec})")
    if abs(by_lang["it"] - by_lang["en"]) > 0.1 * n:
        errors.append("languages unbalanced")
    for w in warns[:40]:
        print("WARN", w)
    if len(warns) > 40:
        print(f"WARN ... {len(warns) - 40} more")
    for e in errors[:60]:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
