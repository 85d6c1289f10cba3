#!/usr/bin/env python3
"""Validate /work/holdout11/fresh11.jsonl.

Independent of gen.py (its own checksum code), stdlib only.  Exits 1 on any
error.  Checks:
  * format: exactly the fields id, lang, style, text, secrets[{kind, value}];
    lang in {it, en}; kinds from docs/guard-corpora.md; ids unique;
  * every value is a non-empty exact substring of its text, with no
    surrounding whitespace; no duplicate (kind, value) in a sample;
  * card_number: Luhn-valid (full-width digits normalised), only separators
    between the digits, 13-19 digits;
  * cvv: 3-4 digits; pin: 4-8 digits (separators allowed);
  * iban: country length, ISO 7064 mod 97, and the national check digits
    where the format has them (IT/SM CIN, FR RIB key, ES CCC, BE mod 97);
  * bank_account: the national check digits of contiguous Italian BBANs
    (CIN), French RIBs (key) and Spanish CCCs; plausible shape otherwise;
  * private_key: a whole PEM block (BEGIN..END ... PRIVATE KEY) or a whole
    <RSAKeyValue> with <D>;
  * vendor_key: one of the well-known vendor formats;
  * no unlabelled Luhn-valid card-like digit run, valid IBAN, PEM private key,
    JWT or vendor-prefixed key anywhere (placeholders like sk_live_xxxx are
    exempt);
  * negatives contain no value labelled as a secret in any sample (token
    boundaries; values with at least 6 significant characters), and a
    positive contains another sample's value only where it is labelled too;
  * counts: per kind, per language, per style, positives vs negatives, and
    the corpus targets (>= 1300 samples, about half Italian, negatives >=
    positives, every kind >= 24 instances; pin, cvv, bank_account,
    client_secret, password >= 60).
"""
import collections
import json
import os
import re
import sys
import unicodedata

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh11.jsonl")
KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key",
         "card_number", "cvv", "iban", "bank_account", "password", "pin"}
MIN_ANY = 24
MIN_STRONG = {"pin": 60, "cvv": 60, "bank_account": 60, "client_secret": 60, "password": 60}
errors = []


def err(sid, msg):
    errors.append("%s: %s" % (sid, msg))


def ascii_digits(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(str(unicodedata.digit(c)))
        else:
            out.append(c)
    return "".join(out)


def luhn(d):
    total = 0
    for i, c in enumerate(d[::-1]):
        v = int(c) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def mod97(s):
    r = 0
    for c in s:
        r = (r * (100 if c.isalpha() else 10) + (ord(c) - 55 if c.isalpha() else int(c))) % 97
    return r


IBAN_LEN = {"IT": 27, "SM": 27, "FR": 27, "ES": 24, "DE": 22, "GB": 22, "NL": 18, "BE": 16,
            "AT": 20, "PT": 25, "IE": 22, "CH": 21, "LU": 20}

# Italian CIN: odd positions use this table (digits and letters share it)
CIN_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CIN_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                         10, 22, 25, 24, 23])))
CIN_EVEN = dict(zip("0123456789", range(10)))
CIN_EVEN.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", range(26))))


def cin_ok(bban):  # 'X' + ABI5 + CAB5 + conto12
    if not re.fullmatch(r"[A-Z]\d{10}[A-Z0-9]{12}", bban):
        return False
    s = sum((CIN_ODD if i % 2 == 0 else CIN_EVEN)[c] for i, c in enumerate(bban[1:]))
    return chr(ord("A") + s % 26) == bban[0]


RIB_L = {}
for d, ls in zip("123456789", ["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for l in ls:
        RIB_L[l] = d


def rib_ok(b):  # 5 + 5 + 11 + 2
    if not re.fullmatch(r"\d{10}[A-Z0-9]{11}\d{2}", b):
        return False
    acct = "".join(RIB_L.get(c, c) for c in b[10:21])
    return (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(acct) + int(b[21:])) % 97 == 0


def ccc_ok(c):  # 4 + 4 + 2 + 10
    if not re.fullmatch(r"\d{20}", c):
        return False
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dig(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return dig("00" + c[:8]) == int(c[8]) and dig(c[10:]) == int(c[9])


def iban_problem(raw):
    s = re.sub(r"[\s\u00a0\u200b\-]", "", ascii_digits(raw)).upper()
    cc = s[:2]
    if cc not in IBAN_LEN:
        return "unknown country " + cc
    if len(s) != IBAN_LEN[cc]:
        return "length %d for %s" % (len(s), cc)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return "bad characters"
    if mod97(s[4:] + s[:4]) != 1:
        return "mod 97 fails"
    bban = s[4:]
    if cc in ("IT", "SM") and not cin_ok(bban):
        return "Italian CIN wrong"
    if cc == "FR" and not rib_ok(bban):
        return "French RIB key wrong"
    if cc == "ES" and not ccc_ok(bban):
        return "Spanish CCC control digits wrong"
    if cc == "BE" and (int(bban[:10]) % 97 or 97) != int(bban[10:]):
        return "Belgian check wrong"
    return None


def bank_account_problem(raw):
    s = re.sub(r"[\s\u00a0\-/.]", "", raw).upper()
    if re.fullmatch(r"[A-Z]\d{10}[A-Z0-9]{12}", s):
        return None if cin_ok(s) else "Italian BBAN CIN wrong"
    if re.fullmatch(r"\d{10}[A-Z0-9]{11}\d{2}", s) and len(s) == 23:
        return None if rib_ok(s) else "French RIB key wrong"
    if re.fullmatch(r"\d{20}", s):
        return None if ccc_ok(s) else "Spanish CCC control digits wrong"
    if re.fullmatch(r"\d{14}", s):            # UK sort code + account
        return None
    if re.fullmatch(r"[A-Z0-9]{6,12}", s) and sum(c.isdigit() for c in s) >= 6:
        return None                            # account number component alone
    return "unrecognised bank account shape %r" % raw


VENDOR_RES = [r"AKIA[A-Z2-7]{16}", r"[A-Za-z0-9+/]{40}", r"(sk|rk)_(live|test)_[A-Za-z0-9]{20,}",
              r"ghp_[A-Za-z0-9]{36}", r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}",
              r"glpat-[A-Za-z0-9_\-]{20}", r"xoxb-\d+-\d+-[A-Za-z0-9]{24}", r"AIza[A-Za-z0-9_\-]{35}",
              r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}", r"npm_[A-Za-z0-9]{36}",
              r"sk-proj-[A-Za-z0-9_\-]{40,}", r"key-[0-9a-f]{32}", r"[A-Za-z0-9+/]{86}==",
              r"[0-9a-f]{32}", r"\d{9,10}:AA[A-Za-z0-9_\-]{33}", r"shpat_[0-9a-f]{32}",
              r"EAAA[A-Za-z0-9_\-]{60}", r"dop_v1_[0-9a-f]{64}"]
VENDOR_SCAN = re.compile(r"(AKIA[A-Z2-7]{16}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9*]{8,}|ghp_[A-Za-z0-9]{20,}|"
                         r"github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_\-]{20}|xox[bpa]-[0-9A-Za-z\-]{10,}|"
                         r"AIza[A-Za-z0-9_\-]{35}|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}|npm_[A-Za-z0-9]{36}|"
                         r"sk-proj-[A-Za-z0-9_\-]{20,}|shpat_[0-9a-f]{32}|dop_v1_[0-9a-f]{64})")
JWT_SCAN = re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,}")
PEM_SCAN = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
RUN_SCAN = re.compile(r"[0-9\uff10-\uff19](?:(?:[ \-.\u00a0\u200b]|  )?[0-9\uff10-\uff19])*")
IBAN_HEAD = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})")


def covered(a, b, spans):
    return any(s < b and a < e for s, e in spans)


def spans(text, values):
    out = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            out.append((i, i + len(v)))
            i = text.find(v, i + 1)
    return out


def scan_unlabelled(sid, text, secrets):
    by = collections.defaultdict(list)
    for s in secrets:
        by[s["kind"]].append(s["value"])
    allspans = spans(text, [s["value"] for s in secrets])
    cards = spans(text, by["card_number"])
    for m in RUN_SCAN.finditer(text):
        d = re.sub(r"\D", "", ascii_digits(m.group()))
        if 13 <= len(d) <= 19 and luhn(d) and not covered(m.start(), m.end(), cards):
            err(sid, "unlabelled Luhn-valid number %r" % m.group())
    ib = spans(text, by["iban"] + by["bank_account"])
    for m in IBAN_HEAD.finditer(text):
        cc = m.group(1).upper()
        if cc not in IBAN_LEN:
            continue
        j, got = m.start(), ""
        while j < len(text) and len(got) < IBAN_LEN[cc]:
            c = text[j]
            if c.isascii() and c.isalnum():
                got += c.upper()
            elif not (c in " \u00a0-\n" and got and j + 1 < len(text) and text[j + 1].isalnum()):
                break
            j += 1
        if len(got) == IBAN_LEN[cc] and mod97(got[4:] + got[:4]) == 1 and not covered(m.start(), j, ib):
            err(sid, "unlabelled valid IBAN %s" % got)
    pk = spans(text, by["private_key"])
    for m in PEM_SCAN.finditer(text):
        if not covered(m.start(), m.end(), pk):
            err(sid, "unlabelled private key block")
    for m in JWT_SCAN.finditer(text):
        if not covered(m.start(), m.end(), allspans):
            err(sid, "unlabelled JWT %s..." % m.group()[:20])
    for m in VENDOR_SCAN.finditer(text):
        tail = re.sub(r"^(sk|rk)_(live|test)_", "", m.group())
        if re.fullmatch(r"[xX*]+", tail):
            continue  # placeholder
        if not covered(m.start(), m.end(), allspans):
            err(sid, "unlabelled vendor-looking key %s" % m.group())


def check_value(sid, kind, v, text):
    if not v:
        err(sid, "empty value")
        return
    if v not in text:
        err(sid, "%s value not a substring: %r" % (kind, v[:60]))
    if v != v.strip():
        err(sid, "%s value has surrounding whitespace: %r" % (kind, v[:60]))
    if kind == "card_number":
        a = ascii_digits(v)
        if not re.fullmatch(r"\d(?:[\d \-.\u00a0\u200b\n/]*\d)?", a):
            err(sid, "card has odd characters %r" % v)
        d = re.sub(r"\D", "", a)
        if not (13 <= len(d) <= 19):
            err(sid, "card length %d" % len(d))
        elif not luhn(d):
            err(sid, "card fails Luhn %r" % v)
    elif kind == "cvv":
        if not re.fullmatch(r"\d{3,4}", ascii_digits(v)):
            err(sid, "bad cvv %r" % v)
    elif kind == "pin":
        d = ascii_digits(v)
        if not re.fullmatch(r"\d[\d \-]*\d", d) or not 4 <= len(re.sub(r"\D", "", d)) <= 8:
            err(sid, "bad pin %r" % v)
    elif kind == "iban":
        p = iban_problem(v)
        if p:
            err(sid, "iban %r: %s" % (v, p))
    elif kind == "bank_account":
        p = bank_account_problem(v)
        if p:
            err(sid, "bank_account %r: %s" % (v, p))
    elif kind == "private_key":
        flat = v.replace("\\n", "\n")
        ok = (re.match(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", flat) and re.search(r"-----END [A-Z ]*PRIVATE KEY-----$", flat)) \
            or (v.startswith("<RSAKeyValue>") and v.endswith("</RSAKeyValue>") and "<D>" in v)
        if not ok:
            err(sid, "private key is not a whole block")
    elif kind == "vendor_key":
        if not any(re.fullmatch(p, v) for p in VENDOR_RES):
            err(sid, "vendor key of unknown shape %r" % v[:30])
    elif kind in ("access_token", "refresh_token", "client_secret", "password"):
        core = re.sub(r"\W", "", v)
        if len(core) < 6:
            err(sid, "%s suspiciously short %r" % (kind, v))


def bounded_find(text, v):
    i = text.find(v)
    while i >= 0:
        b = text[i - 1] if i else " "
        a = text[i + len(v)] if i + len(v) < len(text) else " "
        if not b.isalnum() and not a.isalnum():
            return True
        i = text.find(v, i + 1)
    return False


def main():
    samples = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                samples.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d" % n, "bad JSON: %s" % e)
    ids = collections.Counter(s.get("id") for s in samples)
    for i, c in ids.items():
        if c > 1:
            err(i, "duplicate id (%d times)" % c)
    kind_inst = collections.Counter()
    kind_samples = collections.Counter()
    lang = collections.Counter()
    lang_pn = collections.Counter()
    style = collections.Counter()
    for s in samples:
        sid = s.get("id", "?")
        if set(s) != {"id", "lang", "style", "text", "secrets"}:
            err(sid, "fields %s" % sorted(s))
            continue
        if s["lang"] not in ("it", "en"):
            err(sid, "lang %r" % s["lang"])
        if not isinstance(s["style"], str) or not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", s["style"]):
            err(sid, "style %r" % s["style"])
        if not isinstance(s["text"], str) or not s["text"].strip():
            err(sid, "empty text")
        seen = set()
        for sec in s["secrets"]:
            if set(sec) != {"kind", "value"}:
                err(sid, "secret fields %s" % sorted(sec))
                continue
            if sec["kind"] not in KINDS:
                err(sid, "unknown kind %r" % sec["kind"])
            key = (sec["kind"], sec["value"])
            if key in seen:
                err(sid, "duplicate secret %r" % (key,))
            seen.add(key)
            check_value(sid, sec["kind"], sec["value"], s["text"])
            kind_inst[sec["kind"]] += 1
        for k in {x["kind"] for x in s["secrets"]}:
            kind_samples[k] += 1
        scan_unlabelled(sid, s["text"], s["secrets"])
        lang[s["lang"]] += 1
        lang_pn[(s["lang"], bool(s["secrets"]))] += 1
        style[s["style"]] += 1

    # cross-sample leaks
    owner = {}
    for s in samples:
        for sec in s["secrets"]:
            v = sec["value"]
            if len(re.sub(r"\W", "", v)) >= 6:
                owner.setdefault(v, s["id"])
    vals = sorted(owner, key=len, reverse=True)
    for s in samples:
        labelled = {x["value"] for x in s["secrets"]}
        for v in vals:
            if v in labelled or v not in s["text"]:
                continue
            if any(v in l for l in labelled):
                continue  # part of a larger labelled value (e.g. pair inside itself)
            if bounded_find(s["text"], v):
                err(s["id"], "contains %s's secret %r without labelling it" % (owner[v], v[:40]))

    npos = sum(1 for s in samples if s["secrets"])
    nneg = len(samples) - npos
    print("samples: %d   positives: %d   negatives: %d" % (len(samples), npos, nneg))
    print("languages: " + ", ".join("%s %d (pos %d / neg %d)" % (l, lang[l], lang_pn[(l, True)], lang_pn[(l, False)])
                                    for l in sorted(lang)))
    print("kind            instances  samples")
    for k in sorted(KINDS):
        print("  %-14s %9d %8d" % (k, kind_inst[k], kind_samples[k]))
    print("styles (%d): %s" % (len(style), ", ".join("%s %d" % kv for kv in sorted(style.items(), key=lambda kv: -kv[1]))))

    if len(samples) < 1300:
        err("corpus", "only %d samples" % len(samples))
    if nneg < npos:
        err("corpus", "fewer negatives (%d) than positives (%d)" % (nneg, npos))
    if samples and not 0.45 <= lang["it"] / len(samples) <= 0.55:
        err("corpus", "Italian share %.2f" % (lang["it"] / len(samples)))
    for k in KINDS:
        need = MIN_STRONG.get(k, MIN_ANY)
        if kind_inst[k] < need:
            err("corpus", "kind %s has %d instances (< %d)" % (k, kind_inst[k], need))

    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
