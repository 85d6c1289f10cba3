"""Build crates/guard/tests/corpora/threads.jsonl deterministically.

usage: python3 build.py [--seed N] [--per-style N] [--out PATH]
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks  # noqa: E402
from common import Ctx  # noqa: E402
import styles_a as A  # noqa: E402
import styles_b as B  # noqa: E402

ALL = A.ALL
STYLES = [
    ("forum_qa", A.forum_qa, ALL),
    ("gh_issue", A.gh_issue, ALL),
    ("jira_bug", A.jira_bug, ALL),
    ("email_forward", A.email_forward, ALL),
    ("http_client", A.http_client, ALL),
    ("mobile_log", A.mobile_crash, ALL),
    ("ocr_scan", A.ocr_scan, ALL),
    ("voice_transcript", B.voice_transcript, ["pin", "cvv", "card_number", "iban", "bank_account", "password"]),
    ("chat_msg", B.chat_msg, ALL),
    ("spreadsheet", B.spreadsheet, ALL),
    ("mixed_lang", B.mixed_lang, ALL),
    ("diff_review", B.diff_review, ALL),
    ("postmortem", B.postmortem, ALL),
    ("form_dump", B.form_dump, ALL),
]
TARGET = {"password": 1.6, "access_token": 1.5, "iban": 1.4, "card_number": 1.4, "vendor_key": 1.2, "client_secret": 1.1,
          "refresh_token": 0.9, "private_key": 0.8, "pin": 1.0, "cvv": 1.0, "bank_account": 1.0}
WEIGHT = {"password": 3, "access_token": 3, "iban": 3, "card_number": 3, "client_secret": 2, "vendor_key": 2,
          "refresh_token": 1, "private_key": 1, "pin": 2, "cvv": 2, "bank_account": 2}


def choose_kinds(r, allowed, used):
    low = min(used[k] / TARGET[k] for k in allowed)
    primary = r.choice([k for k in allowed if used[k] / TARGET[k] <= low + 1.5])
    n = r.choice([1, 1, 1, 2, 2, 3])
    kinds = [primary]
    pool = [k for k in allowed if k != primary]
    while len(kinds) < n and pool:
        k = r.choices(pool, [WEIGHT[x] for x in pool])[0]
        pool.remove(k)
        kinds.append(k)
    # cvv travels with a card most of the time; pin often with card too
    if "cvv" in kinds and "card_number" not in kinds and r.random() < 0.5 and "card_number" in allowed:
        kinds.insert(kinds.index("cvv"), "card_number")
    for k in kinds:
        used[k] += 1
    return kinds


def make(r, style_fn, lang, kinds, style):
    for attempt in range(200):
        c = Ctx(r, lang, kinds, style)
        text = style_fn(c)
        assert not c.pending, (style, c.pending)
        secrets = c.secrets
        if kinds:
            got = {s["kind"] for s in secrets}
            if not set(kinds) <= got:
                continue
        else:
            if secrets:
                raise AssertionError("negative produced secrets in %s" % style)
        if checks.problems(text, secrets):
            continue
        return text, secrets
    raise RuntimeError("could not generate a clean %s sample" % style)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20240606)
    ap.add_argument("--per-style", type=int, default=61, help="samples per style per language")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "threads.jsonl"))
    a = ap.parse_args()
    r = random.Random(a.seed)
    used = {k: 0 for k in ALL}
    rows = []
    for li, lang in enumerate(["it", "en"]):
        for si, (style, fn, allowed) in enumerate(STYLES):
            for i in range(a.per_style):
                positive = (i + si + li) % 2 == 0
                kinds = choose_kinds(r, allowed, used) if positive else []
                text, secrets = make(r, fn, lang, kinds, style)
                rows.append({"lang": lang, "style": style, "text": text, "secrets": secrets})
    r.shuffle(rows)
    counters = {"it": 0, "en": 0}
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            counters[row["lang"]] += 1
            out = {"id": "h6-%s-%04d" % (row["lang"], counters[row["lang"]]), "lang": row["lang"], "style": row["style"],
                   "text": row["text"], "secrets": row["secrets"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %d samples to %s" % (len(rows), os.path.abspath(a.out)))


if __name__ == "__main__":
    main()
