#!/usr/bin/env python3
"""Independent validator for holdout7.jsonl (does not import the generator).

Checks: JSON shape, unique ids, kinds, values verbatim, Luhn for card_number labels, mod-97 for iban labels
(values given base64-encoded, as in kubectl output, are decoded first), negatives free of card-like Luhn-valid
digit runs / mod-97-valid IBANs / JWTs / PEM private keys / vendor key prefixes, in positives every such match
lies inside a labelled value, pin/cvv values occur once as a standalone number, language balance, negative
share, per-kind minimum and style count."""
import os
import base64, binascii, collections, json, re, sys

KINDS = {"access_token", "refresh_token", "client_secret", "vendor_key", "private_key", "password", "pin", "cvv", "card_number", "iban", "bank_account"}
IBAN_LEN = {"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
            "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26,
            "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
            "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "XK": 20}
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
PEM_RE = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")
VENDOR_RE = re.compile(r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,}|(?:AKIA|ASIA)[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}"
                       r"|xox[abposr]-[0-9A-Za-z-]{10,}|AIza[0-9A-Za-z_-]{35}|glpat-[0-9A-Za-z_-]{20}|SG\.[\w-]{20,}\.[\w-]{40,}|shpat_[0-9a-f]{32}|npm_[A-Za-z0-9]{36}"
                       r"|key-[0-9a-f]{32}|sk-proj-[A-Za-z0-9_-]{20,}|dop_v1_[0-9a-f]{64}|hf_[A-Za-z]{30,}")
RUN_RE = re.compile(r"\d(?:[ .\-]?\d)*")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){10,32}")

def luhn(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
        alt = not alt
    return s % 10 == 0

def mod97(s):
    s = re.sub(r"[^A-Za-z0-9]", "", s).upper()
    if len(s) < 15 or not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1

def card_windows(text):
    """yield (start, end, digits) for every separator-aligned window of 13..19 digits inside a digit run"""
    for m in RUN_RE.finditer(text):
        run, base = m.group(), m.start()
        groups = [(g.start(), g.end()) for g in re.finditer(r"\d+", run)]
        for i in range(len(groups)):
            n = 0
            for j in range(i, len(groups)):
                n += groups[j][1] - groups[j][0]
                if n > 19:
                    break
                if n >= 13:
                    s, e = base + groups[i][0], base + groups[j][1]
                    yield s, e, re.sub(r"\D", "", text[s:e])
        # contiguous long runs: any 13..19 window is not considered (no separators to align on)

def luhn_hits(text):
    return [(s, e) for s, e, d in card_windows(text) if luhn(d)]

def iban_hits(text):
    out = []
    for m in IBAN_RE.finditer(text):
        cand = m.group()
        cc = cand[:2]
        lens = [IBAN_LEN[cc]] if cc in IBAN_LEN else []
        stripped_pos = [i for i, ch in enumerate(cand) if ch.isalnum()]
        for L in lens:
            if len(stripped_pos) >= L:
                sub = cand[:stripped_pos[L - 1] + 1]
                if mod97(sub):
                    out.append((m.start(), m.start() + len(sub)))
    return out

def other_hits(text):
    out = []
    for rx in (JWT_RE, PEM_RE, VENDOR_RE):
        out += [(m.start(), m.end(), rx.pattern[:12]) for m in rx.finditer(text)]
    return out

def label_spans(text, secrets):
    spans = []
    for s in secrets:
        v = s["value"]
        i = text.find(v)
        while i >= 0:
            spans.append((i, i + len(v), s["kind"]))
            i = text.find(v, i + 1)
    return spans

def inside(a, b, spans):
    return any(s <= a and b <= e for s, e, _ in spans)

def b64_decoded(v):
    try:
        if re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", v) and len(v) % 4 == 0:
            return base64.b64decode(v).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        pass
    return None

def check_sample(o):
    """returns list of error strings for one sample"""
    errs = []
    t = o.get("text", "")
    secs = o.get("secrets", [])
    if o.get("lang") not in ("it", "en"):
        errs.append("bad lang")
    if not isinstance(t, str) or not t.strip():
        errs.append("empty text")
    for s in secs:
        k, v = s.get("kind"), s.get("value", "")
        if k not in KINDS:
            errs.append("bad kind %r" % k)
        if not v or v not in t:
            errs.append("value not verbatim (%s)" % k)
            continue
        dec = b64_decoded(v)
        if k == "card_number":
            d = re.sub(r"\D", "", v)
            if not (13 <= len(d) <= 19 and luhn(d)):
                dd = re.sub(r"\D", "", dec or "")
                if not (dec and 13 <= len(dd) <= 19 and luhn(dd)):
                    errs.append("card label not Luhn-valid: %s" % v)
        if k == "iban" and not mod97(v) and not (dec and mod97(dec)):
            errs.append("iban label not mod-97 valid: %s" % v)
        if k == "private_key" and not (v.startswith("-----BEGIN") and v.rstrip().endswith("-----")) and not (dec and dec.startswith("-----BEGIN")):
            errs.append("private_key label is not a whole PEM block")
        if k in ("pin", "cvv") and re.fullmatch(r"\d+", v):
            n = len(re.findall(r"(?<![\d])%s(?![\d])" % re.escape(v), t))
            if n != 1:
                errs.append("%s value %s occurs %d times as standalone number" % (k, v, n))
    spans = label_spans(t, secs)
    for a, b in luhn_hits(t):
        if not secs:
            errs.append("negative has Luhn-valid run %r" % t[a:b])
        elif not inside(a, b, spans):
            errs.append("unlabelled Luhn-valid run %r" % t[a:b])
    for a, b in iban_hits(t):
        if not secs:
            errs.append("negative has mod-97-valid IBAN %r" % t[a:b])
        elif not inside(a, b, spans):
            errs.append("unlabelled valid IBAN %r" % t[a:b])
    for a, b, p in other_hits(t):
        if not secs:
            errs.append("negative has %s match %r" % (p, t[a:b][:40]))
        elif not inside(a, b, spans):
            errs.append("unlabelled %s match %r" % (p, t[a:b][:40]))
    return errs

def main(path):
    n = 0
    ids = set()
    problems = []
    lang = collections.Counter()
    kinds = collections.Counter()
    styles = collections.Counter()
    neg = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            n += 1
            for key in ("id", "lang", "style", "text", "secrets"):
                if key not in o:
                    problems.append("%s: missing %s" % (o.get("id"), key))
            if o["id"] in ids:
                problems.append("duplicate id %s" % o["id"])
            ids.add(o["id"])
            if not re.fullmatch(r"h7-(it|en)-\d{4}", o["id"]) or o["id"][3:5] != o["lang"]:
                problems.append("bad id %s" % o["id"])
            lang[o["lang"]] += 1
            styles[o["style"]] += 1
            if not o["secrets"]:
                neg += 1
            for s in o["secrets"]:
                kinds[s["kind"]] += 1
            for e in check_sample(o):
                problems.append("%s: %s" % (o["id"], e))
    print("samples: %d  it: %d  en: %d  negatives: %d (%.1f%%)" % (n, lang["it"], lang["en"], neg, 100.0 * neg / max(n, 1)))
    print("styles (%d): %s" % (len(styles), dict(sorted(styles.items()))))
    print("labels per kind: %s" % dict(sorted(kinds.items())))
    if n < 1600:
        problems.append("fewer than 1600 samples")
    if abs(lang["it"] / n - .5) > .02:
        problems.append("language balance off")
    if not (.45 <= neg / n <= .55):
        problems.append("negative share off")
    for k in KINDS:
        if kinds[k] < 60:
            problems.append("kind %s has only %d labels" % (k, kinds[k]))
    if len(styles) < 8:
        problems.append("fewer than 8 styles")
    for p in problems[:50]:
        print("PROBLEM", p)
    print("OK" if not problems else "%d problems" % len(problems))
    return 0 if not problems else 1

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "systems.jsonl")))
