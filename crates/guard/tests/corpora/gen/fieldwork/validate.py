#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate fieldwork.jsonl.

    python3 validate.py [fieldwork.jsonl]

Errors (exit 1): bad JSON/fields, duplicate ids, unknown kinds or langs, a value that is not an exact
substring of its text, a card value failing Luhn (after stripping separators, reading full-width and
spelled-out digits), an IBAN value failing mod-97 (after stripping separators and line breaks), a
masked or placeholder value labelled as a secret, an unlabelled Luhn-valid card-shaped number or
valid IBAN, fewer than 1,200 samples, Italian share outside 40–60 %, fewer negatives than positives.
Warnings: a value glued to a longer alphanumeric run (intended only for things like `mysql -pSECRET`).
"""
import json
import sys
from collections import Counter

import checks

MASK_MARKS = ["****", "•••", "REDACTED", "[FILTERED]", "<your", "YOUR_", "${", "{{", "xxxxx", "changeme"]


def main(path):
    errors, warnings = [], []
    ids = set()
    n = 0
    by_lang, by_style, by_kind, by_style_lang, samples_kind = Counter(), Counter(), Counter(), Counter(), Counter()
    n_neg = n_pos = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (ln, e))
                continue
            n += 1
            where = "line %d (%s)" % (ln, o.get("id"))
            if set(o) != {"id", "lang", "style", "text", "secrets"}:
                errors.append("%s: fields %s" % (where, sorted(o)))
                continue
            if o["id"] in ids:
                errors.append("%s: duplicate id" % where)
            ids.add(o["id"])
            if o["lang"] not in ("it", "en"):
                errors.append("%s: lang %r" % (where, o["lang"]))
            if not isinstance(o["style"], str) or not o["style"]:
                errors.append("%s: style" % where)
            by_lang[o["lang"]] += 1
            by_style[o["style"]] += 1
            by_style_lang[(o["style"], o["lang"])] += 1
            if o["secrets"]:
                n_pos += 1
            else:
                n_neg += 1
            for kd in {s.get("kind") for s in o["secrets"]}:
                samples_kind[kd] += 1
            for s in o["secrets"]:
                if set(s) != {"kind", "value"}:
                    errors.append("%s: secret fields %s" % (where, sorted(s)))
                by_kind[s["kind"]] += 1
                if any(m.lower() in s["value"].lower() for m in MASK_MARKS):
                    errors.append("%s: masked/placeholder value labelled: %r" % (where, s["value"][:60]))
            for p in checks.sample_problems(o, boundary=False):
                errors.append("%s: %s" % (where, p))
            for b in checks.boundary_problems(o["text"], o["secrets"]):
                warnings.append("%s: value glued to neighbouring text %s %r %r" % ((where,) + b))

    if n < 1200:
        errors.append("only %d samples (< 1200)" % n)
    it_share = by_lang["it"] / max(n, 1)
    if not 0.40 <= it_share <= 0.60:
        errors.append("Italian share %.1f%% outside 40-60%%" % (100 * it_share))
    if n_neg < n_pos:
        errors.append("negatives (%d) fewer than positives (%d)" % (n_neg, n_pos))

    print("samples: %d  (with secrets %d, secrets: [] %d)" % (n, n_pos, n_neg))
    print("by lang: " + ", ".join("%s %d" % kv for kv in sorted(by_lang.items())) + "  (it %.1f%%)" % (100 * it_share))
    print("by style:")
    for st, k in sorted(by_style.items(), key=lambda x: -x[1]):
        print("  %-12s %4d   (it %d, en %d)" % (st, k, by_style_lang[(st, "it")], by_style_lang[(st, "en")]))
    print("by kind: values (%d)  / samples containing it" % sum(by_kind.values()))
    for kd in checks.KINDS:
        print("  %-14s %4d  / %4d" % (kd, by_kind[kd], samples_kind[kd]))
    for w in warnings[:20]:
        print("WARN", w)
    if len(warnings) > 20:
        print("WARN ... %d more" % (len(warnings) - 20))
    for e in errors[:50]:
        print("ERROR", e)
    if errors:
        print("%d errors" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "fieldwork.jsonl"))
