#!/usr/bin/env python3
"""check.py - sanity checks for the fresh15 corpus (standard library only).

usage: python3 check.py [holdout15/fresh15.jsonl] [meta15.json]
"""
import collections
import json
import os
import re
import sys

KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number",
         "cvv", "iban", "bank_account", "password", "pin"}
IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "AT": 20, "PT": 25,
            "CH": 21, "IE": 22, "LU": 20}
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}")
RUN_RE = re.compile(r"\d(?:[ \u00a0\u2009\u202f.\-]{0,2}\d)+")


def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = re.sub(r"[^A-Z0-9]", "", s.upper())
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))


def it_cin_ok(bban):
    cin, rest = bban[0], bban[1:]
    tot = sum(ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(rest))
    return chr(65 + tot % 26) == cin


def fr_rib_ok(d23):
    b, g, c, k = d23[:5], d23[5:10], d23[10:21], d23[21:]
    return 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97) == int(k)


W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def ccc_dc(s):
    r = 11 - sum(int(a) * w for a, w in zip(s, W)) % 11
    return {10: 1, 11: 0}.get(r, r)


def es_ccc_ok(d20):
    return int(d20[8]) == ccc_dc("00" + d20[:8]) and int(d20[9]) == ccc_dc(d20[10:])


def valid_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        c = re.sub(r"[ \u00a0]", "", m.group(0))
        ln = IBAN_LEN.get(c[:2])
        if ln and len(c) >= ln and iban_ok(c[:ln]):
            out.append(c[:ln])
    return out


def valid_cards(text):
    out = []
    for m in RUN_RE.finditer(text):
        groups = re.split(r"[ \u00a0\u2009\u202f.\-]+", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if len(acc) >= 13 and luhn_ok(acc):
                    out.append(acc)
    return out


def spaced_ibans(text):
    """IBANs written one character per box: 'I T 6 0 X ...' or with '|'"""
    out = []
    for m in re.finditer(r"(?:[A-Z0-9][ |]{1,2}){15,40}[A-Z0-9]", text):
        c = re.sub(r"[ |]", "", m.group(0))
        for st in range(len(c) - 14):
            cc = c[st:st + 2]
            ln = IBAN_LEN.get(cc)
            if ln and c[st + 2:st + 4].isdigit() and iban_ok(c[st:st + ln]):
                out.append(c[st:st + ln])
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "holdout15", "fresh15.jsonl")
    meta = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "meta15.json")
    damaged = set()
    if os.path.exists(meta):
        damaged = set(json.load(open(meta, encoding="utf-8"))["damaged_values"])
    errors, warns = [], []
    ids = set()
    n = 0
    by_lang = collections.Counter()
    by_kind = collections.Counter()
    by_kind_samples = collections.Counter()
    by_style = collections.Counter()
    by_style_sec = collections.Counter()
    by_family = collections.Counter()
    lang_sec = collections.Counter()
    n_sec = n_pass = 0
    n_damaged_seen = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            s = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: JSON error {e}")
            continue
        n += 1
        if set(s) != {"id", "lang", "style", "text", "secrets"}:
            errors.append(f"line {ln}: fields {sorted(s)}")
            continue
        sid, text = s["id"], s["text"]
        if sid in ids:
            errors.append(f"duplicate id {sid}")
        ids.add(sid)
        if s["lang"] not in ("it", "en"):
            errors.append(f"{sid}: lang {s['lang']}")
        by_lang[s["lang"]] += 1
        by_style[s["style"]] += 1
        fam = {"ocr-note": "scan/photo", "ocr-whiteboard": "scan/photo", "ocr-receipt": "scan/photo", "ocr-cardphoto": "scan/photo",
               "scan-form": "scan/photo", "fax": "scan/photo", "xlsx": "office", "docx": "office", "pptx": "office"}.get(
            s["style"], "ocr-screenshot" if s["style"].startswith("ocr-") else "pdf" if s["style"].startswith("pdf-") else "?")
        by_family[fam] += 1
        secs = s["secrets"]
        if secs:
            n_sec += 1
            by_style_sec[s["style"]] += 1
            lang_sec[s["lang"]] += 1
        else:
            n_pass += 1
        kinds_here = set()
        for x in secs:
            k, v = x.get("kind"), x.get("value")
            if k not in KINDS:
                errors.append(f"{sid}: unknown kind {k}")
            if not isinstance(v, str) or not v:
                errors.append(f"{sid}: empty value")
                continue
            if v not in text:
                errors.append(f"{sid}: value not in text ({k})")
            by_kind[k] += 1
            kinds_here.add(k)
            if v in damaged:
                n_damaged_seen += 1
                continue
            if k == "card_number":
                dd = re.sub(r"[ \u00a0\u2009\u202f.\-\n]", "", v)
                if not dd.isdigit() or not (13 <= len(dd) <= 19) or not luhn_ok(dd):
                    errors.append(f"{sid}: card_number fails Luhn/format")
            elif k == "iban":
                if not iban_ok(v):
                    errors.append(f"{sid}: iban check digits")
            elif k == "cvv":
                if not re.fullmatch(r"\d{3,4}", v):
                    errors.append(f"{sid}: cvv format")
            elif k == "pin":
                if not re.fullmatch(r"\d{3,4}[ -]?\d{0,4}", v):
                    errors.append(f"{sid}: pin format {v!r}")
            elif k == "bank_account":
                c = re.sub(r"\s", "", v)
                if re.fullmatch(r"[A-Z]\d{10}[A-Z0-9]{12}", c):
                    if not it_cin_ok(c):
                        errors.append(f"{sid}: Italian BBAN CIN wrong")
                elif re.fullmatch(r"\d{23}", c):
                    if not fr_rib_ok(c):
                        errors.append(f"{sid}: RIB key wrong")
                elif re.fullmatch(r"\d{20}", c):
                    if not es_ccc_ok(c):
                        errors.append(f"{sid}: CCC control digits wrong")
            elif k == "private_key":
                if not (v.startswith("-----BEGIN") and "PRIVATE KEY-----" in v and v.rstrip().endswith("-----")):
                    errors.append(f"{sid}: private key block shape")
            if k in ("pin", "cvv") or len(v) <= 10:
                for m in re.finditer(re.escape(v), text):
                    a, b = m.start(), m.end()
                    if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                        errors.append(f"{sid}: short value {k} occurs glued to other characters")
                        break
        for k in kinds_here:
            by_kind_samples[k] += 1
        # unlabelled valid card numbers / IBANs
        scrubbed = text
        for x in sorted(secs, key=lambda x: -len(x["value"])):
            scrubbed = scrubbed.replace(x["value"], " ")
        lab_cards = {re.sub(r"\D", "", x["value"]) for x in secs if x["kind"] == "card_number"}
        lab_ibans = {re.sub(r"[^A-Z0-9]", "", x["value"].upper()) for x in secs if x["kind"] == "iban"}
        for ib in valid_ibans(scrubbed) + spaced_ibans(scrubbed):
            if ib not in lab_ibans:
                errors.append(f"{sid}: unlabelled valid IBAN ({'pass' if not secs else 'secret'} sample)")
        for c in valid_cards(IBAN_RE.sub(" ", scrubbed)):
            if c not in lab_cards:
                errors.append(f"{sid}: unlabelled Luhn-valid number {len(c)} digits ({'pass' if not secs else 'secret'} sample)")
        if "PRIVATE KEY-----" in scrubbed:
            errors.append(f"{sid}: unlabelled private key block")
    print(f"samples: {n}   it: {by_lang['it']}   en: {by_lang['en']}")
    print(f"with secrets: {n_sec}   pass: {n_pass}   (it with secrets {lang_sec['it']}, en with secrets {lang_sec['en']})")
    print(f"damaged values (checksum skipped): {n_damaged_seen}")
    print("per kind (labels / samples):")
    for k in sorted(KINDS):
        print(f"  {k:14s} {by_kind[k]:5d} {by_kind_samples[k]:5d}")
    print("per family:")
    for f, c in sorted(by_family.items()):
        print(f"  {f:16s} {c:5d}")
    print("per style (total / with secrets):")
    for st, c in sorted(by_style.items()):
        print(f"  {st:16s} {c:5d} {by_style_sec[st]:5d}")
        if by_style_sec[st] == 0 or by_style_sec[st] == c:
            errors.append(f"style {st} lacks pass or secret samples")
    if n < 1600:
        errors.append(f"only {n} samples")
    if n_pass < n_sec:
        errors.append("fewer pass samples than secret samples")
    for k in KINDS:
        if by_kind[k] == 0:
            errors.append(f"kind {k} never used")
    if abs(by_lang["it"] - by_lang["en"]) > n * 0.1:
        errors.append("languages unbalanced")
    for e in errors[:80]:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
