#!/usr/bin/env python3
"""Seeded generator for the `escalations` corpus: writes escalations.jsonl.

Usage: python3 gen.py [--seed N] [--out PATH] [--stats]
"""
import argparse
import collections
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import tpl_notes  # noqa: E402,F401
import tpl_chat  # noqa: E402,F401
import tpl_ci  # noqa: E402,F401
import tpl_config  # noqa: E402,F401
import tpl_pay  # noqa: E402,F401
import tpl_url  # noqa: E402,F401
import tpl_reports  # noqa: E402,F401
from validate import check_sample  # noqa: E402

TARGET_POS = 820
TARGET_NEG = 860


def build(seed):
    master = random.Random(seed)
    tpls = core.TEMPLATES
    names = [t["name"] for t in tpls]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    assert not dup, f"duplicate template names {dup}"
    pos = [t for t in tpls if t["pos"]]
    neg = [t for t in tpls if not t["pos"]]
    wpos = sum(t["weight"] for t in pos)
    wneg = sum(t["weight"] for t in neg)
    lang_count = collections.Counter()
    samples = []
    texts = set()
    failures = collections.Counter()
    for group, target, wsum in ((pos, TARGET_POS, wpos), (neg, TARGET_NEG, wneg)):
        # exact allocation of `target` samples over the group, proportional to weight
        raw = [target * t["weight"] / wsum for t in group]
        alloc = [max(2, math.floor(x)) for x in raw]
        rest = target - sum(alloc)
        order = sorted(range(len(group)), key=lambda i: raw[i] - math.floor(raw[i]), reverse=True)
        for i in order[:max(0, rest)]:
            alloc[i] += 1
        for t, n in zip(group, alloc):
            for k in range(n):
                langs = t["langs"]
                if len(langs) == 1:
                    lang = langs[0]
                else:
                    # keep the whole corpus near 50/50, with some randomness
                    lang = "it" if lang_count["it"] < lang_count["en"] else "en"
                    if master.random() < 0.25:
                        lang = master.choice(langs)
                sub_seed = master.getrandbits(48)
                for attempt in range(200):
                    r = random.Random(sub_seed + attempt * 7919)
                    ctx = core.Ctx(r, lang)
                    text = t["fn"](ctx)
                    secs, seen = [], set()
                    for s in ctx.secrets:
                        key = (s["kind"], s["value"])
                        if key not in seen:
                            seen.add(key)
                            secs.append(s)
                    o = {"id": None, "lang": lang, "style": t["style"], "text": text, "secrets": secs}
                    errs = check_sample(o)
                    if t["pos"] and not secs:
                        errs.append("positive template produced no secret")
                    if not t["pos"] and secs:
                        errs.append("negative template produced a secret")
                    if text in texts:
                        errs.append("duplicate text")
                    if not errs:
                        break
                    failures[(t["name"], errs[0][:60])] += 1
                else:
                    raise SystemExit(f"template {t['name']} keeps failing: {errs}\n{text}")
                o["_tpl"] = t["name"]
                texts.add(text)
                samples.append(o)
                lang_count[lang] += 1
    master.shuffle(samples)
    per_lang = collections.Counter()
    for o in samples:
        per_lang[o["lang"]] += 1
        o["id"] = f"esc-{o['lang']}-{per_lang[o['lang']]:04d}"
    return samples, failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=5150)
    ap.add_argument("--out", default=os.path.join(HERE, "escalations.jsonl"))
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    samples, failures = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for o in samples:
            o = {k: o[k] for k in ("id", "lang", "style", "text", "secrets")}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    npos = sum(1 for t in core.TEMPLATES if t["pos"])
    print(f"templates: {len(core.TEMPLATES)} ({npos} with secrets, {len(core.TEMPLATES) - npos} without)")
    print(f"wrote {len(samples)} samples to {a.out}")
    if a.stats:
        for (name, e), c in failures.most_common(25):
            print(f"  retries {c:4} {name}: {e}")
        if os.environ.get("TPL_MAP"):
            with open(os.environ["TPL_MAP"], "w") as f:
                for o in samples:
                    f.write(f"{o['id']}\t{o['_tpl']}\n")


if __name__ == "__main__":
    main()
