#!/usr/bin/env python3
"""Validates fresh13.jsonl: fields, substrings, checksums, look-alike hygiene, counts."""
import sys, json, re
from collections import Counter, defaultdict
from gen13_values import luhn_ok, iban_ok, it_cin, rib_key, ccc_dc, NUMW

KINDS = ["access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv", "iban",
         "bank_account", "password", "pin"]
IBAN_LEN = {"IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "PT": 25, "AT": 20, "CH": 21, "IE": 22}


def boundary_ok(text, v):
    """Every occurrence of v must be a whole token (no alnum glued on either side; short digit
    values must not sit inside a longer number like 1.234,56)."""
    short_digits = re.fullmatch(r"[\d ]{3,9}", v) is not None
    i = text.find(v)
    if i < 0:
        return False
    while i >= 0:
        b = text[i - 1] if i > 0 else " "
        b2 = text[i - 2] if i > 1 else " "
        a = text[i + len(v)] if i + len(v) < len(text) else " "
        a2 = text[i + len(v) + 1] if i + len(v) + 1 < len(text) else " "
        if v[0].isalnum() and b.isalnum():
            return False
        if v[-1].isalnum() and a.isalnum():
            return False
        if short_digits:
            if b in ".,/:-*" and b2.isdigit():
                return False
            if a in ".,/-" and a2.isdigit():
                return False
            if b in "*•X":
                return False
        i = text.find(v, i + 1)
    return True


CARD_RE = re.compile(r"(?<![\d])\d(?:[ \-.\u00a0\u2009/]?\d){12,18}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]){11,30}")
VENDOR_RE = re.compile(r"(AKIA[A-Z0-9]{16}|sk_live_[A-Za-z0-9]{20,}|rk_live_[A-Za-z0-9]{20,}|gh[pos]_[A-Za-z0-9]{36}|xox[bp]-\d|AIza[\w-]{35}|SG\.[\w-]{22}\.|glpat-|shpat_|whsec_|BEGIN [A-Z ]*PRIVATE KEY|eyJ[\w-]{10,}\.eyJ)")


def negative_clean(text):
    """A must-pass sample may not accidentally contain a real-looking secret."""
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        for L in range(13, min(19, len(d)) + 1):
            for s in range(0, len(d) - L + 1):
                sub = d[s:s + L]
                # only whole groups matter; be strict anyway for contiguous digits
                if luhn_ok(sub) and (s == 0 and L == len(d)):
                    return False
    for m in IBAN_RE.finditer(text):
        c = re.sub(r"[ \u00a0-]", "", m.group())
        L = IBAN_LEN.get(c[:2])
        if L and len(c) >= L and iban_ok(c[:L]):
            return False
    if VENDOR_RE.search(text):
        return False
    return True


def check_value(kind, v, errs, sid):
    if kind == "card_number":
        d = re.sub(r"\D", "", v)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            errs.append(f"{sid}: card fails Luhn {v!r}")
    elif kind == "iban":
        c = re.sub(r"[\s\-\u00a0]", "", v).upper()
        if not iban_ok(c):
            errs.append(f"{sid}: iban bad {v!r}")
        elif IBAN_LEN.get(c[:2]) and len(c) != IBAN_LEN[c[:2]]:
            errs.append(f"{sid}: iban length {v!r}")
        elif c[:2] in ("IT", "SM") and it_cin(c[5:10], c[10:15], c[15:]) != c[4]:
            errs.append(f"{sid}: iban CIN {v!r}")
        elif c[:2] == "FR" and int(c[-2:]) != rib_key(c[4:9], c[9:14], c[14:25]):
            errs.append(f"{sid}: FR RIB key {v!r}")
        elif c[:2] == "ES" and c[12:14] != f"{ccc_dc('00' + c[4:12])}{ccc_dc(c[14:])}":
            errs.append(f"{sid}: ES CCC {v!r}")
    elif kind == "bank_account":
        c = re.sub(r"[\s\-]", "", v)
        if re.fullmatch(r"[A-Z]\d{10}[0-9A-Z]{12}", c):
            if it_cin(c[1:6], c[6:11], c[11:]) != c[0]:
                errs.append(f"{sid}: BBAN CIN {v!r}")
        elif re.fullmatch(r"\d{23}", c):
            if int(c[-2:]) != rib_key(c[:5], c[5:10], c[10:21]):
                errs.append(f"{sid}: RIB key {v!r}")
        elif re.fullmatch(r"\d{20}", c):
            if c[8:10] != f"{ccc_dc('00' + c[:8])}{ccc_dc(c[10:])}":
                errs.append(f"{sid}: CCC {v!r}")
        elif not re.fullmatch(r"(\d{14}|\d{8,12}|[0-9A-Z]{12})", c):
            errs.append(f"{sid}: bank_account shape {v!r}")
    elif kind in ("pin", "cvv"):
        ok = re.fullmatch(r"\d{3,8}|\d{3} \d{3}", v) or all(w in NUMW["it"] + NUMW["en"] for w in v.split())
        if not ok:
            errs.append(f"{sid}: {kind} shape {v!r}")
        if kind == "cvv" and not re.fullmatch(r"\d{3,4}", v):
            errs.append(f"{sid}: cvv shape {v!r}")
    elif kind == "private_key":
        if not ("PRIVATE KEY-----" in v or re.fullmatch(r"[A-Za-z0-9+/]{43}=", v)):
            errs.append(f"{sid}: private key shape")
    elif len(v) < 6:
        errs.append(f"{sid}: {kind} too short {v!r}")


def main(path="fresh13.jsonl"):
    errs = []
    ids = set()
    n = 0
    by_lang = Counter()
    pos_lang = Counter()
    neg_lang = Counter()
    kind_entries = Counter()
    kind_samples = Counter()
    kind_lang = defaultdict(Counter)
    styles = Counter()
    texts = Counter()
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}")
            continue
        n += 1
        if set(o) != {"id", "lang", "style", "text", "secrets"}:
            errs.append(f"line {ln}: fields {sorted(o)}")
        sid = o.get("id")
        if sid in ids:
            errs.append(f"dup id {sid}")
        ids.add(sid)
        if o["lang"] not in ("it", "en"):
            errs.append(f"{sid}: lang")
        if not isinstance(o["style"], str) or not o["style"] or len(o["style"]) > 30:
            errs.append(f"{sid}: style")
        t = o["text"]
        texts[t] += 1
        by_lang[o["lang"]] += 1
        styles[o["style"]] += 1
        if o["secrets"]:
            pos_lang[o["lang"]] += 1
            seen = set()
            rest = t
            for s in sorted(o["secrets"], key=lambda s: -len(s.get("value", ""))):
                rest = rest.replace(s.get("value", "\0"), " ")
            if not negative_clean(rest):
                errs.append(f"{sid}: unlabeled secret-looking value left in text")
            for s in o["secrets"]:
                if set(s) != {"kind", "value"} or s["kind"] not in KINDS:
                    errs.append(f"{sid}: secret fields/kind {s}")
                    continue
                v = s["value"]
                if v not in t:
                    errs.append(f"{sid}: value not in text {v!r}")
                elif not boundary_ok(t, v):
                    errs.append(f"{sid}: value glued to other text {v!r}")
                if v != v.strip():
                    errs.append(f"{sid}: value has outer whitespace {v!r}")
                check_value(s["kind"], v, errs, sid)
                kind_entries[s["kind"]] += 1
                kind_lang[s["kind"]][o["lang"]] += 1
                if s["kind"] not in seen:
                    kind_samples[s["kind"]] += 1
                    seen.add(s["kind"])
        else:
            neg_lang[o["lang"]] += 1
            if not negative_clean(t):
                errs.append(f"{sid}: must-pass sample contains a secret-looking value")
    dup_t = sum(1 for c in texts.values() if c > 1)
    if dup_t:
        errs.append(f"{dup_t} duplicated texts")
    print(f"samples: {n}  it={by_lang['it']} en={by_lang['en']}")
    print(f"with secrets: {sum(pos_lang.values())} (it {pos_lang['it']}, en {pos_lang['en']})   must pass: {sum(neg_lang.values())} (it {neg_lang['it']}, en {neg_lang['en']})")
    print("kind            samples  entries   it   en")
    for k in KINDS:
        print(f"{k:15} {kind_samples[k]:7d} {kind_entries[k]:8d} {kind_lang[k]['it']:4d} {kind_lang[k]['en']:4d}")
    print("styles:", ", ".join(f"{s}={c}" for s, c in styles.most_common()))
    # brief requirements
    if n < 1600:
        errs.append("fewer than 1,600 samples")
    if sum(neg_lang.values()) < sum(pos_lang.values()):
        errs.append("fewer must-pass than with-secret samples")
    if abs(by_lang["it"] - by_lang["en"]) > n * 0.1:
        errs.append("languages unbalanced")
    for k in KINDS:
        need = 100 if k in ("password", "pin", "client_secret") else 40
        if kind_samples[k] < need:
            errs.append(f"kind {k}: only {kind_samples[k]} samples (< {need})")
    if errs:
        print(f"\n{len(errs)} ERRORS")
        for e in errs[:60]:
            print(" ", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main(*sys.argv[1:])
