"""Candidate extraction and hashed features for the guard spike.

Candidates (character offsets into the sample text):
  A  whitespace-delimited runs of length >= 3
  B  groups of upper-case alnum runs joined by 1-2 separators (space, nbsp, -, ., /)
     with >= 2 groups and >= 3 digits in all (cards, IBANs, accounts, spaced PINs)
  C  runs of >= 3 spoken number words (en/it)
A candidate is positive when it overlaps any occurrence of a labeled value.
Features are strings, hashed later (FeatureHasher, 2**20).
"""
import math
import re
import unicodedata
from collections import Counter

RUN = re.compile(r"\S+")
GROUPED = re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]+(?:[ \u00a0\u202f\-./]{1,2}[0-9A-Z]+)+(?![0-9A-Za-z])")
NUMWORDS = set("""zero one two three four five six seven eight nine oh
uno due tre quattro cinque sei sette otto nove zero""".split())
WORD = re.compile(r"[a-z]+")
SPOKEN = re.compile(r"(?i)\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|uno|due|tre|quattro|cinque|sei|sette|otto|nove)[\s,\-]+){2,}(?:zero|one|two|three|four|five|six|seven|eight|nine|oh|uno|due|tre|quattro|cinque|sei|sette|otto|nove)\b")
STRIP = "\"'`,;.()[]{}<>*"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def split_ident(s):
    """words of an identifier/phrase: camelCase, snake, kebab, dotted, folded."""
    s = re.sub(r"([a-z])([A-Z])", r"\1 \2", s)
    return WORD.findall(fold(s))


SPLIT = re.compile(r"[^\s\"'`,;&?{}\[\]()<>|=]+")
USERINFO = re.compile(r"://([^:/@\s]+):([^@\s]+)@")


def candidates(text):
    out = []
    groups = []
    for m in GROUPED.finditer(text):
        seg = m.group()
        if sum(c.isdigit() for c in seg) >= 3 and len(seg) <= 64:
            groups.append((m.start(), m.end()))
            out.append((m.start(), m.end(), "B"))
    def inside(s, e):
        return any(a <= s and e <= b for a, b in groups)
    for m in RUN.finditer(text):
        run = m.group()
        pieces = []
        for p in SPLIT.finditer(run):
            # split at ':' too, but not at '://'
            sub = re.split(r":(?!//)", p.group())
            off = p.start()
            for q in sub:
                if q:
                    pieces.append((m.start() + off, m.start() + off + len(q)))
                off += len(q) + 1
        typ = "A" if len(pieces) == 1 and pieces[0] == (m.start(), m.end()) else "S"
        for s, e in pieces:
            if e - s >= 3 and not inside(s, e):
                out.append((s, e, typ))
    for m in USERINFO.finditer(text):
        out.append((m.start(2), m.end(2), "U"))
    for m in SPOKEN.finditer(text):
        out.append((m.start(), m.end(), "C"))
    return out


def entropy(s):
    if not s:
        return 0.0
    c = Counter(s)
    n = len(s)
    return -sum(v / n * math.log2(v / n) for v in c.values())


def luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = ord(ch) - 48
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = re.sub(r"[^0-9A-Z]", "", s.upper())
    if not re.fullmatch(r"[A-Z]{2}\d{2}[0-9A-Z]{10,30}", s):
        return None
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def lenb(n):
    if n <= 12:
        return str(n)
    for b in (16, 20, 24, 32, 48, 64, 128):
        if n <= b:
            return "<=%d" % b
    return ">128"


def shape(s):
    out = []
    for c in s:
        if c.isdigit():
            k = "0"
        elif c.isupper():
            k = "A"
        elif c.isalpha():
            k = "a"
        else:
            k = c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


def coarse(v):
    n = len(v)
    nd = sum(c.isdigit() for c in v)
    na = sum(c.isalpha() for c in v)
    if n == 0:
        return "empty"
    if nd == n:
        if n <= 4:
            return "d%d" % n
        if n <= 8:
            return "d5-8"
        if n <= 12:
            return "d9-12"
        if n <= 19:
            return "d13-19"
        return "d20+"
    digsep = re.fullmatch(r"[\d \u00a0\-./]+", v)
    if digsep:
        return "dsep%s" % ("<=8" if nd <= 8 else ">8")
    if na == n and v.islower():
        return "lowerword"
    if na == n:
        return "alpha"
    if n >= 16 and nd and na:
        return "longmix"
    if nd and na:
        return "shortmix"
    return "other"


PLACEHOLDER = re.compile(r"(?i)(^<.*>$|\$\{|\{\{|%\w+%|^\$[A-Z_]+$|your[_-]|xxxx|\*\*\*|•••|redacted|changeme|example|placeholder|\.\.\.|…)")


def value_feats(v, f, pre):
    n = len(v)
    f.append(pre + "len:" + lenb(n))
    if n == 0:
        return
    nd = sum(c.isdigit() for c in v)
    nu = sum(c.isupper() for c in v)
    nl = sum(c.islower() for c in v)
    ns = n - nd - nu - nl
    f.append(pre + "cls:" + ("0" if nd else "") + ("A" if nu else "") + ("a" if nl else "") + ("s" if ns else ""))
    f.append(pre + "dfrac:%d" % int(4 * nd / n))
    f.append(pre + "coarse:" + coarse(v))
    e = entropy(v)
    f.append(pre + "ent:%d" % int(e * 2))
    f.append(pre + "entlen:%d:%s" % (int(e), lenb(n)))
    sh = shape(v)
    f.append(pre + "shape:" + sh[:8])
    f.append(pre + "shapelen:%d" % min(len(sh), 20))
    if n >= 8:
        lv = v.lower()
        f.append(pre + "p2:" + lv[:2])
        f.append(pre + "p3:" + lv[:3])
        f.append(pre + "p4:" + lv[:4])
    f.append(pre + "last:" + shape(v[-1]))
    f.append(pre + "first:" + shape(v[0]))
    if nd == n and 13 <= n <= 19:
        f.append(pre + "luhn:%d" % luhn(v))
    ib = iban_ok(v)
    if ib is not None:
        f.append(pre + "iban:%d" % ib)
    pats = {
        "uuid": r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "hex": r"[0-9a-fA-F]{16,}",
        "b64": r"[A-Za-z0-9+/_\-]{16,}={0,2}",
        "jwt": r"eyJ[\w\-]+\.[\w\-]+\.?[\w\-]*",
        "url": r"[a-zA-Z][\w+.\-]*://\S+",
        "email": r"[^@\s]+@[^@\s]+\.[a-z]{2,}",
        "path": r"(/[\w.\-]+){2,}/?",
        "ip": r"\d{1,3}(\.\d{1,3}){3}(:\d+)?",
        "date": r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(T[\d:.]+Z?)?",
        "time": r"\d{1,2}:\d{2}(:\d{2})?",
        "amount": r"[€$£]?\d{1,3}([.,]\d{3})*[.,]\d{2}",
        "version": r"v?\d+\.\d+(\.\d+)+",
        "envname": r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)+",
        "dotted": r"[a-z]+(\.[a-zA-Z]+)+(\(\))?",
        "slug": r"[a-z]+(-[a-z0-9]+)+",
        "snake": r"[a-z]+(_[a-z0-9]+)+",
        "call": r".*\w\(.*",
        "phone": r"\+?\d[\d ]{8,}",
        "userinfo": r"\w+://[^/\s:@]+:[^/\s@]+@.*",
        "idprefix": r"[a-z]{2,6}_[A-Za-z0-9]{6,}",
    }
    for k, p in pats.items():
        if re.fullmatch(p, v):
            f.append(pre + "pat:" + k)
    if PLACEHOLDER.search(v):
        f.append(pre + "placeholder")
    runmax = max(len(m.group()) for m in re.finditer(r"(.)\1*", v))
    f.append(pre + "rep:%d" % min(runmax, 6))
    f.append(pre + "distinct:%d" % int(4 * len(set(v)) / n))
    trans = sum(1 for a, b in zip(v, v[1:]) if shape(a) != shape(b))
    f.append(pre + "trans:%d" % int(4 * trans / n))
    if "-----BEGIN" in v or "PRIVATE" in v:
        f.append(pre + "pem")


def line_bounds(text, i):
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    if b < 0:
        b = len(text)
    return a, b


def table_header(text, ls, le, pos):
    line = text[ls:le]
    for sep in ("|", "\t", ";", ","):
        if line.count(sep) >= 2:
            col = text[ls:pos].count(sep)
            # walk up to the first line of the block having the separator
            hs = ls
            while hs > 0:
                ps = text.rfind("\n", 0, hs - 1) + 1
                pl = text[ps:hs - 1]
                if pl.count(sep) >= 2:
                    hs = ps
                else:
                    break
            he = text.find("\n", hs)
            if he < 0:
                he = len(text)
            if hs == ls:
                return None
            cells = text[hs:he].split(sep)
            if col < len(cells):
                return sep, cells[col]
            return sep, ""
    return None


WORDRUN = re.compile(r"\S+")
PEMH = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----")


def ctx_words(seg):
    out = []
    for m in re.finditer(r"[^\s\"'`,;&?{}\[\]()<>|=:]+", seg):
        r = m.group()
        if len(r) > 30:
            continue
        letters = sum(c.isalpha() for c in r)
        if letters >= 0.85 * len(r.strip(".,:;!?()[]{}\"'`*#>-")):
            out.extend(split_ident(r))
    return out


def feats(text, s, e, typ):
    f = ["bias", "typ:" + typ]
    raw = text[s:e]
    tok = unicodedata.normalize("NFKC", raw)
    v = tok.strip(STRIP)
    if re.search(r"\*{3}|x{4}|X{4}|•{2}|#{4}", tok):
        f.append("masked")
    value_feats(v, f, "v.")
    if typ == "C":
        f.append("spoken:%d" % min(len(WORD.findall(tok.lower())), 10))
    if typ == "B":
        groups = re.split(r"[ \u00a0\u202f\-./]{1,2}", tok)
        f.append("grp:" + "-".join(str(len(g)) for g in groups[:8]))
        f.append("ngrp:%d" % min(len(groups), 10))
        if groups[0].isalpha():
            f.append("gword")
        digits = "".join(c for c in tok if c.isdigit())
        f.append("gdigits:" + lenb(len(digits)))
        if 13 <= len(digits) <= 19:
            f.append("gluhn:%d" % luhn(digits))
        mi = re.search(r"[A-Z]{2}\d{2}", tok)
        if mi:
            ib = iban_ok(tok[mi.start():])
            if ib is not None:
                f.append("giban:%d" % ib)
    cv = coarse(v)
    before = text[max(0, s - 160):s]
    after = text[e:e + 80]
    bw = ctx_words(before)[-6:]
    aw = ctx_words(after)[:4]
    for i, w in enumerate(reversed(bw)):
        f.append("p:" + w)
        if i < 2:
            f.append("p%d:%s" % (i + 1, w))
            f.append("p%dx%s:%s" % (i + 1, cv, w))
    for i, w in enumerate(aw):
        f.append("n:" + w)
        if i < 1:
            f.append("n1:" + w)
            f.append("n1x%s:%s" % (cv, w))
    if not bw:
        f.append("p:NONE")
    bs = before.rstrip(" \t")
    f.append("bc:" + (bs[-1] if bs else "^"))
    f.append("bc2:" + (bs[-2:] if bs else "^"))
    aa = after.lstrip(" \t")
    f.append("ac:" + (aa[0] if aa else "$"))
    if bs.endswith(("'", '"', "`")) or tok[:1] in "'\"`":
        f.append("quoted")
    ls, le = line_bounds(text, s)
    line_before = text[ls:s]
    if not line_before.strip():
        f.append("linestart")
    # key on the same run or line: words before the nearest ':' / '=' on the line
    mk = re.search(r"([\w.\-\[\]\"' ]{1,40}?)[\"'\]]*\s*(:|=|=>|\t|\|)\s*[\"'`]?$", line_before)
    if mk:
        f.append("kv:" + mk.group(2).strip())
        for w in split_ident(mk.group(1))[-3:]:
            f.append("lk:" + w)
            f.append("lkx%s:%s" % (cv, w))
    th = table_header(text, ls, le, s)
    if th:
        f.append("tsep:" + th[0])
        for w in split_ident(th[1])[-3:]:
            f.append("col:" + w)
            f.append("colx%s:%s" % (cv, w))
    if ls > 0:
        pe = ls - 1
        ps = text.rfind("\n", 0, pe) + 1
        pw = ctx_words(text[ps:pe])
        for w in pw[-4:]:
            f.append("pv:" + w)
        if not line_before.strip():
            for w in pw[-2:]:
                f.append("pvx%s:%s" % (cv, w))
    # inside a PEM-like block: its header's words
    back = text[max(0, s - 4000):s]
    hs = list(PEMH.finditer(back))
    if hs and "-----END" not in back[hs[-1].end():]:
        for w in split_ident(hs[-1].group(1)):
            f.append("inpem:" + w)
    if len(v) >= 6 and text.count(v) > 1:
        f.append("repeated")
    return f
