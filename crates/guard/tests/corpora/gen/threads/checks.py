"""Scanners shared by the generator (to reject bad draws) and validate.py."""
import re
from values import luhn_ok, iban_ok, IBAN_SPECS

SEP = r"(?: - |, |[ \-.\u00a0/\u00b7_]| {2,3})"
DIGIT_SEQ = re.compile(r"\d+(?:%s\d+)*" % SEP)
IBAN_RX = re.compile(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:(?: - | / |[ \-.\u00a0_]| {2,3})?[A-Z0-9]){10,34}")
SECRET_RX = [
    re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}"),
    re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"),
    re.compile(r"\b(?:sk|rk)_live_[A-Za-z0-9]{10,}"),
    re.compile(r"\bwhsec_[A-Za-z0-9]{20,}"),
    re.compile(r"\bAKIA[A-Z2-7]{16}\b"),
    re.compile(r"\bghp_[A-Za-z0-9]{30,}"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{30,}"),
    re.compile(r"\bxox[bp]-\d+-"),
    re.compile(r"\bAIza[A-Za-z0-9_-]{30,}"),
    re.compile(r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"),
    re.compile(r"\bglpat-[A-Za-z0-9_-]{16,}"),
    re.compile(r"\bsk-proj-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bshpat_[a-f0-9]{20,}"),
    re.compile(r"\bnpm_[A-Za-z0-9]{30,}"),
    re.compile(r"\bkey-[a-f0-9]{32}\b"),
    re.compile(r"\bsq0(?:atp|csp)-[A-Za-z0-9_-]{16,}"),
    re.compile(r"\bxkeysib-[a-f0-9]{40,}"),
    re.compile(r"\bya29\.[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bGOCSPX-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\b1//0[geh][A-Za-z0-9_-]{20,}"),
]


def card_hits(text):
    """Spans of Luhn-valid 13-19 digit numbers (contiguous, or groups joined by simple separators)."""
    hits = []
    for m in DIGIT_SEQ.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group(0))]
        for i in range(len(groups)):
            total = 0
            for j in range(i, len(groups)):
                total += groups[j][1] - groups[j][0]
                if total > 19:
                    break
                if total >= 13:
                    digits = "".join(text[a:b] for a, b in groups[i:j + 1])
                    if luhn_ok(digits):
                        hits.append((groups[i][0], groups[j][1]))
    return hits


def iban_hits(text):
    hits = []
    for m in IBAN_RX.finditer(text):
        raw = m.group(0)
        # walk the match keeping a map from alnum index to text offset
        idx = [i for i, ch in enumerate(raw) if ch.isalnum()]
        s = "".join(raw[i] for i in idx).upper()
        cc = s[:2]
        if cc not in IBAN_SPECS:
            continue
        for L in [IBAN_SPECS[cc]]:
            if L <= len(s) and iban_ok(s[:L]):
                hits.append((m.start(), m.start() + idx[L - 1] + 1))
                break
    return hits


def pattern_hits(text):
    hits = []
    for rx in SECRET_RX:
        for m in rx.finditer(text):
            hits.append((m.start(), m.end()))
    return hits


def label_spans(text, secrets):
    spans = []
    for s in secrets:
        v = s["value"]
        start = 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            spans.append((i, i + len(v)))
            start = i + 1
    return spans


def overlaps(a, spans):
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def problems(text, secrets):
    """List of human-readable problems with a sample (empty when fine)."""
    out = []
    for s in secrets:
        if s["value"] not in text:
            out.append("value not in text: %r" % s["value"][:40])
    spans = label_spans(text, secrets)
    for name, fn in (("card", card_hits), ("iban", iban_hits), ("pattern", pattern_hits)):
        for h in fn(text):
            if not overlaps(h, spans):
                out.append("unlabeled %s-like %r" % (name, text[h[0]:h[1]][:40]))
    return out
