#!/usr/bin/env python3
"""Validate corpus.jsonl (desk9).  Exit code 0 when every check passes."""
import collections
import json
import os
import re
import sys

KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key",
         "card_number", "cvv", "iban", "bank_account", "password", "pin"}
IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
            "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
            "IE": 22, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
            "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27}


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(v):
    s = re.sub(r"[^A-Za-z0-9]", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


CARD_RUN = re.compile(r"(?<![0-9A-Za-z])\d(?:[ \-.\u00a0\t]?\d){12,18}(?!\d)")
IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-.\u00a0\t]?[A-Za-z0-9]){10,34}")


def main(path):
    errors, warnings = [], []
    ids = set()
    n = 0
    by_kind = collections.Counter()
    by_style = collections.Counter()
    by_lang = collections.Counter()
    pos = neg = 0
    texts = set()
    max_lines = 0
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                errors.append("line %d: empty line" % ln)
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                errors.append("line %d: invalid JSON (%s)" % (ln, e))
                continue
            n += 1
            keys = set(rec)
            if keys != {"id", "lang", "style", "text", "secrets"}:
                errors.append("line %d: unexpected keys %s" % (ln, sorted(keys)))
                continue
            rid = rec["id"]
            if not isinstance(rid, str) or not rid.startswith("desk9-"):
                errors.append("line %d: bad id %r" % (ln, rid))
            if rid in ids:
                errors.append("line %d: duplicate id %s" % (ln, rid))
            ids.add(rid)
            if rec["lang"] not in ("it", "en"):
                errors.append("%s: bad lang %r" % (rid, rec["lang"]))
            by_lang[rec["lang"]] += 1
            if not isinstance(rec["style"], str) or not re.fullmatch(r"[a-z][a-z0-9-]*", rec["style"]):
                errors.append("%s: bad style %r" % (rid, rec["style"]))
            by_style[rec["style"]] += 1
            text = rec["text"]
            if not isinstance(text, str) or not text.strip():
                errors.append("%s: empty text" % rid)
                continue
            if text in texts:
                errors.append("%s: duplicate text" % rid)
            texts.add(text)
            max_lines = max(max_lines, text.count("\n") + 1)
            if text.count("\n") + 1 > 65:
                warnings.append("%s: %d lines" % (rid, text.count("\n") + 1))
            if "⟦" in text or "⟧" in text:
                errors.append("%s: unrendered slot" % rid)
            secrets = rec["secrets"]
            if not isinstance(secrets, list):
                errors.append("%s: secrets is not a list" % rid)
                continue
            seen = set()
            for s in secrets:
                if set(s) != {"kind", "value"}:
                    errors.append("%s: bad secret keys %s" % (rid, sorted(s)))
                    continue
                k, v = s["kind"], s["value"]
                by_kind[k] += 1
                if k not in KINDS:
                    errors.append("%s: unknown kind %r" % (rid, k))
                if not isinstance(v, str) or not v:
                    errors.append("%s: empty value" % rid)
                    continue
                if v not in text:
                    errors.append("%s: value not in text: %r" % (rid, v[:60]))
                if v != v.strip():
                    errors.append("%s: value has outer whitespace: %r" % (rid, v[:60]))
                if (k, v) in seen:
                    errors.append("%s: secret listed twice: %r" % (rid, v[:60]))
                seen.add((k, v))
                if k == "card_number":
                    d = re.sub(r"\D", "", v)
                    if not (12 <= len(d) <= 19) or not luhn_ok(d):
                        errors.append("%s: card fails Luhn/length: %r" % (rid, v))
                    if re.search(r"[^\d \-.\u00a0\t\n]", v):
                        errors.append("%s: card has odd characters: %r" % (rid, v))
                if k == "iban" and not iban_ok(v):
                    errors.append("%s: IBAN fails mod-97/length: %r" % (rid, v))
                if k in ("pin", "cvv"):
                    d = re.sub(r"\D", "", v)
                    lim = (4, 8) if k == "pin" else (3, 4)
                    if not (lim[0] <= len(d) <= lim[1]):
                        errors.append("%s: %s has %d digits: %r" % (rid, k, len(d), v))
            # values overlapping each other
            vals = [s["value"] for s in secrets]
            for a in vals:
                for b in vals:
                    if a != b and a in b:
                        warnings.append("%s: value %r is inside another value" % (rid, a[:30]))
            if secrets:
                pos += 1
            else:
                neg += 1
            # unlabelled Luhn-valid card-like runs or valid IBANs outside labelled values
            masked = text
            for v in sorted(vals, key=len, reverse=True):
                masked = masked.replace(v, "\u00a7")
            for m in CARD_RUN.finditer(masked):
                d = re.sub(r"\D", "", m.group(0))
                if 13 <= len(d) <= 19 and d[0] in "23456" and luhn_ok(d):
                    errors.append("%s: unlabelled Luhn-valid number %r" % (rid, m.group(0)))
            for m in IBAN_RUN.finditer(masked):
                s = re.sub(r"[^A-Za-z0-9]", "", m.group(0)).upper()
                L = IBAN_LEN.get(s[:2])
                if L and len(s) >= L and iban_ok(s[:L]):
                    errors.append("%s: unlabelled valid IBAN %r" % (rid, m.group(0)))

    if n < 1000:
        errors.append("only %d samples (need >= 1000)" % n)
    it_share = by_lang["it"] / n if n else 0
    if not 0.4 <= it_share <= 0.6:
        errors.append("Italian share %.1f%% is not about half" % (100 * it_share))
    if neg < pos:
        errors.append("clean samples (%d) fewer than samples with secrets (%d)" % (neg, pos))
    missing = KINDS - set(by_kind)
    if missing:
        errors.append("kinds never used: %s" % sorted(missing))

    print("file:            %s" % path)
    print("samples:         %d" % n)
    print("with secrets:    %d" % pos)
    print("clean:           %d" % neg)
    print("lang:            %s  (it share %.1f%%)" % (dict(by_lang), 100 * it_share))
    print("longest text:    %d lines" % max_lines)
    print("labels per kind:")
    for k, c in sorted(by_kind.items(), key=lambda x: -x[1]):
        print("  %-14s %d" % (k, c))
    print("samples per style (%d styles):" % len(by_style))
    for k, c in sorted(by_style.items(), key=lambda x: -x[1]):
        print("  %-14s %d" % (k, c))
    for w in warnings[:30]:
        print("WARNING:", w)
    if errors:
        for e in errors[:100]:
            print("ERROR:", e)
        print("FAILED with %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
    sys.exit(main(p))
