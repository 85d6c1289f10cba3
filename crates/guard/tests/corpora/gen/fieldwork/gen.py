#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Seeded generator for the 'fieldwork' holdout corpus.

    python3 gen.py [--seed 4242] [--n 1500] [--out fieldwork.jsonl]

Every value is invented. Samples failing checks.sample_problems are redrawn.
"""
import argparse
import json
import random
import sys
from collections import Counter

import common
import checks
import tpl_form, tpl_email, tpl_issue, tpl_term, tpl_log, tpl_api, tpl_ocr, tpl_sheet, tpl_msg  # noqa: F401


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--n", type=int, default=1600)
    ap.add_argument("--neg-share", type=float, default=0.53)
    ap.add_argument("--out", default="fieldwork.jsonl")
    ap.add_argument("--meta", default=None, help="optional: write id -> template name here (for review)")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    reg = common.REG
    names = [t["name"] for t in reg]
    dup = [n for n, k in Counter(names).items() if k > 1]
    assert not dup, dup
    n_neg = int(round(a.n * a.neg_share))
    n_pos = a.n - n_neg
    plan = []
    for neg, count in ((False, n_pos), (True, n_neg)):
        pool = [t for t in reg if t["neg"] == neg]
        items = []
        while len(items) < count:
            batch = pool[:]
            rng.shuffle(batch)
            items.extend(batch)
        plan.extend(items[:count])
    rng.shuffle(plan)

    out, lang_count, redraws = [], Counter(), Counter()
    style_lang = Counter()
    for idx, t in enumerate(plan):
        langs = t["langs"]
        if len(langs) == 1:
            lang = langs[0]
        else:
            st = t["style"]
            if style_lang[(st, "it")] != style_lang[(st, "en")]:
                lang = "it" if style_lang[(st, "it")] < style_lang[(st, "en")] else "en"
            else:
                lang = "it" if lang_count["it"] <= lang_count["en"] else "en"
            if rng.random() < 0.15:
                lang = rng.choice(langs)
        for attempt in range(60):
            sub = random.Random("%d/%d/%d" % (a.seed, idx, attempt))
            c = common.Ctx(sub, lang)
            text = t["fn"](c)
            if lang == "it" and "en" in t["langs"]:
                # code-only output with no Italian prose: frame it the way an Italian ticket would
                twin = t["fn"](common.Ctx(random.Random("%d/%d/%d" % (a.seed, idx, attempt)), "en"))
                if twin == text:
                    text = common.it_frame(random.Random("frame/%d/%d" % (idx, attempt)), text)
            secrets = [s for s in c.secrets]
            if t["neg"]:
                assert not secrets, t["name"]
            o = {"id": "", "lang": lang, "style": t["style"], "text": text, "secrets": secrets}
            if not t["neg"] and not secrets:
                redraws[t["name"]] += 1
                continue
            p = checks.sample_problems(o, boundary=not c.glue)
            if not p:
                break
            redraws[t["name"]] += 1
            if attempt == 59:
                sys.exit("template %s keeps failing: %s" % (t["name"], p))
        lang_count[lang] += 1
        style_lang[(t["style"], lang)] += 1
        o["template"] = t["name"]
        out.append(o)

    per_lang = Counter()
    with open(a.out, "w", encoding="utf-8") as f:
        for o in out:
            per_lang[o["lang"]] += 1
            o["id"] = "fieldwork-%s-%04d" % (o["lang"], per_lang[o["lang"]])
            tname = o.pop("template")
            rec = {"id": o["id"], "lang": o["lang"], "style": o["style"], "text": o["text"], "secrets": o["secrets"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            o["template"] = tname
    if a.meta:
        with open(a.meta, "w", encoding="utf-8") as f:
            for o in out:
                f.write(json.dumps({"id": o["id"], "template": o["template"]}) + "\n")
    print("templates:", len(reg), "(pos %d, neg %d)" % (sum(not t["neg"] for t in reg), sum(t["neg"] for t in reg)))
    print("wrote", len(out), "samples to", a.out)
    if redraws:
        print("redraws:", dict(redraws.most_common(12)))


if __name__ == "__main__":
    main()
