"""Validate voices.jsonl: format, exact-substring labels, checksums, no unlabelled valid card/IBAN."""
import json, re, sys
from collections import Counter

KINDS = {"access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv",
         "iban", "bank_account", "password", "pin"}
WORDS = {w: str(i) for i, w in enumerate(["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette",
                                          "otto", "nove"])}
WORDS.update({w: str(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven",
                                               "eight", "nine"])})
WORDS["oh"] = "0"
IBAN_LEN = {"IT": 27, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "SM": 27}


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def iban_ok(s):
    s = s.upper()
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def normalize(v):
    """spoken or grouped value -> compact string (digit words to digits, separators dropped)"""
    toks = [x for x in re.split(r"[\s,.\-—;…/]+", v) if x]
    out = []
    for tk in toks:
        low = tk.lower()
        if low in WORDS:
            out.append(WORDS[low])
        elif re.fullmatch(r"[A-Za-z0-9]+", tk):
            out.append(tk)
        else:
            return None
    return "".join(out)


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin_ok(s):
    t = sum(ODD[int(c) if c.isdigit() else ord(c) - 65] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
            for i, c in enumerate(s[1:]))
    return chr(65 + t % 26) == s[0]


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def bank_ok(v):
    n = normalize(v)
    if n is None:
        return False, "unparseable"
    if re.fullmatch(r"[A-Z]\d{10}[A-Z0-9]{12}", n):
        return cin_ok(n), "IT BBAN CIN"
    if re.fullmatch(r"\d{23}", n):
        b, g, c, k = n[:5], n[5:10], n[10:21], n[21:]
        return 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97) == int(k), "FR RIB key"
    if re.fullmatch(r"\d{20}", n):
        return es_dc("00" + n[:8]) == int(n[8]) and es_dc(n[10:]) == int(n[9]), "ES CCC"
    if re.fullmatch(r"\d{6,12}|\d{14}", n):
        return True, "no checksum"
    return False, "unknown shape " + n


def covered(text, secrets, a, b):
    for s in secrets:
        v = s["value"]
        start = 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            if i <= a and b <= i + len(v):
                return True
            start = i + 1
    return False


def problems(rec):
    errs = []
    for k in ("id", "lang", "style", "text", "secrets"):
        if k not in rec:
            errs.append("missing " + k)
    if errs:
        return errs
    if rec["lang"] not in ("it", "en"):
        errs.append("lang")
    text, secs = rec["text"], rec["secrets"]
    for s in secs:
        k, v = s.get("kind"), s.get("value")
        if k not in KINDS:
            errs.append(f"bad kind {k}")
        if not v or v not in text:
            errs.append(f"value not in text: {v!r}")
            continue
        for mm in re.finditer(re.escape(v), text):
            a, b = mm.start(), mm.end()
            if (a > 0 and text[a - 1].isalnum() and v[0].isalnum()) or \
                    (b < len(text) and text[b].isalnum() and v[-1].isalnum()):
                errs.append(f"value also occurs inside a longer token: {v!r}")
                break
        if v != v.strip():
            errs.append(f"untrimmed value {v!r}")
        if k == "card_number":
            n = normalize(v)
            if not n or not n.isdigit() or not 13 <= len(n) <= 19 or not luhn_ok(n):
                errs.append(f"card fails Luhn/shape: {v!r}")
        elif k == "iban":
            n = normalize(v)
            if not n or not iban_ok(n):
                errs.append(f"iban invalid: {v!r}")
        elif k == "bank_account":
            ok, why = bank_ok(v)
            if not ok:
                errs.append(f"bank_account {why}: {v!r}")
        elif k in ("pin", "cvv"):
            n = normalize(v)
            if not n or not n.isdigit():
                errs.append(f"{k} not digits: {v!r}")
    # unlabelled Luhn-valid digit runs (plain, or grouped by single space/dash/dot)
    for pat in (r"\d+", r"\d(?:[ \-.]?\d)*"):
        for m in re.finditer(pat, text):
            d = re.sub(r"\D", "", m.group())
            if 13 <= len(d) <= 19 and luhn_ok(d) and not covered(text, secs, m.start(), m.end()):
                errs.append(f"unlabelled Luhn-valid run {m.group()!r}")
    # unlabelled valid IBANs (compact, spaced or dashed; any case)
    for m in re.finditer(r"(?i)(?<![A-Za-z])([A-Z]{2})\d{2}(?:[ \-]?[A-Z0-9])+", text):
        raw = m.group()
        cc = raw[:2].upper()
        if cc not in IBAN_LEN:
            continue
        comp, idx = "", []
        for j, ch in enumerate(raw):
            if ch not in " -":
                comp += ch
                idx.append(j)
        L = IBAN_LEN[cc]
        if len(comp) >= L and iban_ok(comp[:L]):
            if not covered(text, secs, m.start(), m.start() + idx[L - 1] + 1):
                errs.append(f"unlabelled valid IBAN {raw!r}")
    return errs


def main(path):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    ids = Counter(r["id"] for r in recs)
    bad = 0
    for r in recs:
        e = problems(r)
        if ids[r["id"]] > 1:
            e.append("duplicate id")
        if e:
            bad += 1
            print(r["id"], e)
    print(f"{len(recs)} samples, {bad} with problems")
    return bad == 0


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1] if len(sys.argv) > 1 else "voices.jsonl") else 1)
