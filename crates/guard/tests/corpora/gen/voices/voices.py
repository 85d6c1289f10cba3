"""Generate /work/holdout3/voices.jsonl (seeded; run: python3 gen/voices.py)."""
import json, os, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values
from values import R
from slots import POS, NEG, LOOK
from templates import T
from validate import problems

SLOT = re.compile(r"⟦([A-Z]+)(?:#(\d+))?⟧")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "voices.jsonl")


def pos_kinds(text):
    return [m.group(1) for m in SLOT.finditer(text) if m.group(1) in POS]


def fill(tpl, positive):
    style, lang, text = tpl
    names = {}
    for m in SLOT.finditer(text):
        names.setdefault((m.group(1), m.group(2) or "1"), None)
    pos_keys = [k for k in names if k[0] in POS]
    live = set()
    if positive:
        live = {k for k in pos_keys if R.random() < 0.8} or {R.choice(pos_keys)}
    secrets = []
    for key in names:
        n = key[0]
        if n in POS and key in live:
            s, secs = POS[n](lang)
            secrets += secs
        elif n in POS:
            s = NEG[n](lang)
        elif n in LOOK:
            s = LOOK[n](lang)
        else:
            raise KeyError(n)
        names[key] = s
    out = SLOT.sub(lambda m: names[(m.group(1), m.group(2) or "1")], text)
    seen, uniq = set(), []
    for k, v in secrets:
        if (k, v) not in seen:
            seen.add((k, v))
            uniq.append({"kind": k, "value": v})
    return {"lang": lang, "style": style, "text": out, "secrets": uniq}


SEEN = set()


def make(tpl, positive):
    for _ in range(200):
        rec = fill(tpl, positive)
        rec["id"] = "x"
        if rec["text"] not in SEEN and not problems(rec):
            SEEN.add(rec["text"])
            return rec
    raise RuntimeError("could not fill " + tpl[2][:60])


def main():
    pos_t = [t for t in T if pos_kinds(t[2])]
    neg_only = [t for t in T if not pos_kinds(t[2])]
    recs = []
    # base pass: every template at least twice, the switchable ones both ways
    for tpl in T:
        if tpl in pos_t:
            recs.append(make(tpl, True)); recs.append(make(tpl, False))
        else:
            recs.append(make(tpl, False)); recs.append(make(tpl, False))
    # top-up per kind
    target = {k: 45 for k in ["refresh_token", "private_key", "vendor_key", "cvv"]}
    target.update({k: 75 for k in ["password", "access_token", "client_secret", "card_number", "iban",
                                   "bank_account", "pin"]})

    def kc():
        c = Counter()
        for r in recs:
            for k in {s["kind"] for s in r["secrets"]}:
                c[k] += 1
        return c

    kind_of = {}
    for tpl in pos_t:
        for _ in range(30):  # probe which kinds each template can produce
            for s in fill(tpl, True)["secrets"]:
                kind_of.setdefault(s["kind"], set()).add(T.index(tpl))
    for kind, want in target.items():
        cands = sorted(kind_of[kind])
        while kc()[kind] < want:
            tpl = T[R.choice(cands)]
            rec = make(tpl, True)
            if any(s["kind"] == kind for s in rec["secrets"]):
                recs.append(rec)
    # fill to >= 1,150 and balance: negatives >= positives, Italian ~ half
    while len(recs) < 1150 or sum(1 for r in recs if not r["secrets"]) < sum(1 for r in recs if r["secrets"]) + 20:
        npos = sum(1 for r in recs if r["secrets"])
        nneg = len(recs) - npos
        nit = sum(1 for r in recs if r["lang"] == "it")
        want_lang = "it" if nit < len(recs) / 2 else "en"
        if nneg < npos + 20:
            pool = [t for t in T if t[1] == want_lang]
            recs.append(make(R.choice(pool), False))
        else:
            pool = [t for t in pos_t if t[1] == want_lang]
            recs.append(make(R.choice(pool), True))
    R.shuffle(recs)
    n = Counter()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            n[r["lang"]] += 1
            r["id"] = f"voices-{r['lang']}-{n[r['lang']]:04d}"
            f.write(json.dumps({k: r[k] for k in ("id", "lang", "style", "text", "secrets")}, ensure_ascii=False) + "\n")
    c = kc()
    npos = sum(1 for r in recs if r["secrets"])
    print(f"{len(recs)} samples, {npos} positive, {len(recs) - npos} negative, "
          f"it={n['it']} en={n['en']}, templates={len(T)} ({len(pos_t)} with secret slots)")
    for k in sorted(c):
        print(f"  {k:14s} samples={c[k]:4d}  values={sum(1 for r in recs for s in r['secrets'] if s['kind'] == k)}")


if __name__ == "__main__":
    main()
