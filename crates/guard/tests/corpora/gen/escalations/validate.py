#!/usr/bin/env python3
"""Checks escalations.jsonl (or the file given as argv[1]).

- every secret value is an exact substring of its text;
- ids unique, lang in {it, en}, kinds in the allowed list;
- card values Luhn-valid (spoken digit words are read as digits), IBAN values
  mod-97-valid after stripping separators, bank_account values pass their
  national check where the format is recognised (IT BBAN/CIN, ES CCC, FR RIB,
  DE method-00 is not universal and is not checked);
- no Luhn-valid card-like number and no mod-97-valid IBAN is left unlabelled
  in any text (a candidate counts as labelled when it overlaps a labelled
  value's occurrence);
- no labelled value looks like a placeholder or a masked value;
- short values (PINs, CVVs, short account numbers, anything under 6 chars)
  occur exactly once in their text;
- counts per kind / lang / style, at least 1,200 samples, about half Italian,
  at least as many samples with `secrets: []` as with secrets.
Exit status 1 on any error.
"""
import collections
import json
import re
import sys

ALLOWED = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv",
           "iban", "bank_account", "password", "pin"}

IBAN_LEN = {"IT": 27, "SM": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "IE": 22, "NL": 18, "BE": 16, "PT": 25,
            "AT": 20, "CH": 21, "LU": 20, "MC": 27, "PL": 28, "GR": 27, "HR": 21, "SI": 19, "MT": 31, "CY": 28,
            "FI": 18, "DK": 18, "SE": 24, "NO": 15, "CZ": 24, "SK": 24, "HU": 28, "RO": 24, "BG": 22, "LT": 20,
            "LV": 21, "EE": 20, "LI": 21, "VA": 22}

WORDS = {w: str(i) for i, w in enumerate(["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"])}
WORDS.update({w: str(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])})
WORDS["oh"] = "0"


def luhn_ok(digits):
    ds = [int(c) for c in digits]
    if len(ds) < 12:
        return False
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card_digits(value):
    if re.search(r"[a-zA-Z]", value):
        out = []
        for w in re.findall(r"[A-Za-z]+|\d", value):
            lw = w.lower()
            if lw in WORDS:
                out.append(WORDS[lw])
            elif w.isdigit():
                out.append(w)
        return "".join(out)
    return re.sub(r"\D", "", value)


def iban_ok(value):
    s = re.sub(r"[^A-Za-z0-9]", "", value).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                 10, 22, 25, 24, 23]))


def _even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def bank_account_problem(value):
    s = re.sub(r"[^A-Za-z0-9]", "", value).upper()
    if sum(c.isdigit() for c in s) < 6:
        return "fewer than 6 digits"
    if re.fullmatch(r"[A-Z]\d{10}[A-Z0-9]{12}", s):  # Italian BBAN with CIN
        tot = sum(_ODD[c] if i % 2 == 0 else _even(c) for i, c in enumerate(s[1:]))
        if chr(65 + tot % 26) != s[0]:
            return "bad CIN"
    if re.fullmatch(r"\d{20}", s) and re.fullmatch(r"\d{4}[ -]?\d{4}[ -]?\d{2}[ -]?\d{10}", value.strip()):  # ES CCC
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(ten):
            d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
            return 0 if d == 11 else (1 if d == 10 else d)
        if f"{dc('00' + s[:8])}{dc(s[10:])}" != s[8:10]:
            return "bad CCC control digits"
    if re.fullmatch(r"\d{23}", s) and re.fullmatch(r"\d{5} \d{5} \d{11} \d{2}", value.strip()):  # FR RIB
        if 97 - ((89 * int(s[:5]) + 15 * int(s[5:10]) + 3 * int(s[10:21])) % 97) != int(s[21:]):
            return "bad RIB key"
    return None


CARD_RUN = re.compile(r"(?<![\w])\d(?:(?:[ \-.]{1,2}|\n)?\d){11,25}(?![\w])")


def card_candidates(text):
    """Yield (start, end, digits) for group-aligned windows of 13-19 digits that pass Luhn."""
    for m in CARD_RUN.finditer(text):
        run = m.group(0)
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", run)]
        if len(groups) == 1:
            d = run
            if 13 <= len(d) <= 19 and luhn_ok(d):
                yield m.start(), m.end(), d
            continue
        for i in range(len(groups)):
            tot = ""
            for j in range(i, len(groups)):
                tot += text[groups[j][0]:groups[j][1]]
                if len(tot) > 19:
                    break
                if len(tot) >= 13 and luhn_ok(tot):
                    yield groups[i][0], groups[j][1], tot


IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}|[a-z]{2})(?=[ ]?\d{2})")


def iban_candidates(text):
    for m in IBAN_START.finditer(text):
        cc = m.group(1).upper()
        n = IBAN_LEN.get(cc)
        if not n:
            continue
        chars, i, gap = [], m.start(), 0
        end = i
        while i < len(text) and len(chars) < n:
            c = text[i]
            if c.isascii() and c.isalnum():
                chars.append(c)
                gap = 0
                end = i + 1
            elif c in " -\n" and gap < 2:
                gap += 1
            else:
                break
            i += 1
        if len(chars) == n and iban_ok("".join(chars)):
            yield m.start(), end, "".join(chars)


def spans_of(text, values):
    out = []
    for v in values:
        start = 0
        while True:
            k = text.find(v, start)
            if k < 0:
                break
            out.append((k, k + len(v)))
            start = k + 1
    return out


PLACEHOLDER = re.compile(r"\*\*\*|\$\{|\{\{|<REDACTED|\[REDACTED|XXXX|xxxx|…|<your|YOUR_|changeme")


def check_sample(o):
    """Return a list of problems for one sample (used by gen.py too)."""
    errs = []
    text = o["text"]
    secs = o["secrets"]
    for s in secs:
        k, v = s.get("kind"), s.get("value")
        if k not in ALLOWED:
            errs.append(f"kind {k!r} not allowed")
        if not isinstance(v, str) or not v:
            errs.append("empty value")
            continue
        if v not in text:
            errs.append(f"value not in text: {v[:40]!r}")
        if v != v.strip():
            errs.append(f"value has surrounding whitespace: {v[:40]!r}")
        if PLACEHOLDER.search(v):
            errs.append(f"value looks like a placeholder/masked: {v[:40]!r}")
        if k == "card_number" and not luhn_ok(card_digits(v)):
            errs.append(f"card fails Luhn: {v!r}")
        if k == "card_number" and not (12 <= len(card_digits(v)) <= 19):
            errs.append(f"card length: {v!r}")
        if k == "iban" and not iban_ok(v):
            errs.append(f"IBAN fails mod-97: {v!r}")
        if k == "bank_account":
            p = bank_account_problem(v)
            if p:
                errs.append(f"bank_account {v!r}: {p}")
        if k in ("pin", "cvv") and not re.fullmatch(r"[0-9]{3,8}|[A-Za-z0-9 ,.\-]+", v):
            errs.append(f"{k} shape: {v!r}")
        if ((k in ("pin", "cvv", "bank_account") and len(v) < 10) or len(v) < 6) and text.count(v) != 1:
            errs.append(f"short value {v!r} occurs {text.count(v)} times")
    labelled = spans_of(text, [s["value"] for s in secs if isinstance(s.get("value"), str) and s["value"]])

    def covered(a, b):
        return any(x < b and a < y for x, y in labelled)
    for a, b, d in card_candidates(text):
        if not covered(a, b):
            errs.append(f"unlabelled Luhn-valid number {text[a:b]!r}")
    for a, b, d in iban_candidates(text):
        if not covered(a, b):
            errs.append(f"unlabelled valid IBAN {text[a:b]!r}")
    return errs


def main(path):
    n_err = 0
    ids = set()
    by_kind = collections.Counter()
    by_lang = collections.Counter()
    by_style = collections.Counter()
    by_style_pos = collections.Counter()
    n_pos = n_neg = 0
    lang_pos = collections.Counter()
    rows = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            o = json.loads(line)
            rows += 1
            probs = []
            if set(o) != {"id", "lang", "style", "text", "secrets"}:
                probs.append(f"keys {sorted(o)}")
            if o["id"] in ids:
                probs.append("duplicate id")
            ids.add(o["id"])
            if o["lang"] not in ("it", "en"):
                probs.append(f"lang {o['lang']!r}")
            if not isinstance(o["style"], str) or not o["style"]:
                probs.append("style")
            probs += check_sample(o)
            for p in probs:
                n_err += 1
                if n_err <= 60:
                    print(f"line {ln} {o.get('id')}: {p}")
            by_lang[o["lang"]] += 1
            by_style[o["style"]] += 1
            if o["secrets"]:
                n_pos += 1
                by_style_pos[o["style"]] += 1
                lang_pos[o["lang"]] += 1
            else:
                n_neg += 1
            for s in o["secrets"]:
                by_kind[s["kind"]] += 1
    print(f"\nsamples: {rows}  with secrets: {n_pos}  without: {n_neg}")
    print("lang:", dict(by_lang), " with secrets by lang:", dict(lang_pos))
    print("kinds (labelled values):")
    for k, c in by_kind.most_common():
        print(f"  {k:14} {c}")
    missing = ALLOWED - set(by_kind)
    print(f"styles ({len(by_style)}):")
    for s, c in sorted(by_style.items(), key=lambda x: -x[1]):
        print(f"  {s:22} {c:4}  (with secrets {by_style_pos[s]})")
    glob = []
    if rows < 1200:
        glob.append(f"only {rows} samples")
    it_share = by_lang["it"] / max(rows, 1)
    if not 0.42 <= it_share <= 0.58:
        glob.append(f"Italian share {it_share:.2f}")
    if n_neg < n_pos:
        glob.append("fewer negatives than positives")
    if missing:
        glob.append(f"kinds never used: {sorted(missing)}")
    for g in glob:
        print("ERROR:", g)
    n_err += len(glob)
    print("\nOK" if n_err == 0 else f"\n{n_err} problem(s)")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/escalations.jsonl"))
