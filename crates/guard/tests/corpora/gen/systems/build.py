#!/usr/bin/env python3
"""Build ../../systems.jsonl (held out as /work/holdout7/holdout7.jsonl) deterministically (seeded random, stdlib only)."""
import os
import collections, json, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C
import styles_a, styles_b, styles_c, styles_d, styles_e
from validate import check_sample

SEED = 20240707
PER_STYLE = 110
ALL = ["access_token", "refresh_token", "client_secret", "vendor_key", "private_key", "password", "pin", "cvv", "card_number", "iban", "bank_account"]
NOPEM = [k for k in ALL if k != "private_key"]
STYLES = [
    ("sql_result", styles_a.st_sql_result, NOPEM),
    ("sql_dump", styles_a.st_sql_dump, ALL),
    ("orm_log", styles_a.st_orm_log, NOPEM),
    ("shell_session", styles_b.st_shell_session, ALL),
    ("dotfiles", styles_b.st_dotfiles, ["access_token", "refresh_token", "client_secret", "vendor_key", "private_key", "password"]),
    ("k8s_docker", styles_b.st_k8s_docker, ALL),
    ("webhook_mq", styles_c.st_webhook_mq, ALL),
    ("iso20022_xml", styles_c.st_iso20022_xml, ["iban", "bank_account", "iban", "bank_account", "password", "client_secret", "access_token"]),
    ("sdk_debug", styles_c.st_sdk_debug, ALL),
    ("notebook", styles_d.st_notebook, ALL),
    ("har_network", styles_d.st_har_network, ALL),
    ("questionnaire", styles_d.st_questionnaire, ALL),
    ("meeting_notes", styles_d.st_meeting_notes, ALL),
    ("bank_statement", styles_e.st_bank_statement, ["iban", "bank_account", "card_number", "pin", "cvv"]),
    ("careless_prose", styles_e.st_careless_prose, ALL),
    ("polyglot", styles_e.st_polyglot, ALL),
]
BUNDLE = {"card_number": ["cvv", "pin"], "cvv": ["card_number"], "pin": ["card_number", "cvv"], "access_token": ["refresh_token", "client_secret"],
          "refresh_token": ["access_token", "client_secret"], "client_secret": ["access_token", "private_key"], "iban": ["bank_account"], "bank_account": ["iban"],
          "password": ["vendor_key", "client_secret"], "vendor_key": ["password"], "private_key": ["password", "client_secret"]}

def pick_kinds(r, allowed, counts):
    allowed = sorted(set(allowed))
    n = r.choices([1, 2, 3], [50, 35, 15])[0]
    m = min(counts[k] for k in allowed)
    first = r.choice([k for k in allowed if counts[k] <= m + 4])
    ks = [first]
    while len(ks) < n:
        cand = [k for k in BUNDLE[first] if k in allowed and k not in ks]
        if cand and r.random() < .65:
            ks.append(r.choice(cand))
        else:
            rest = [k for k in allowed if k not in ks]
            if not rest:
                break
            mm = min(counts[k] for k in rest)
            ks.append(r.choice([k for k in rest if counts[k] <= mm + 6]))
    return ks

def dedupe(labels):
    seen, out = set(), []
    for k, v in labels:
        if (k, v) not in seen:
            seen.add((k, v))
            out.append({"kind": k, "value": v})
    return out

def main():
    r = random.Random(SEED)
    counts = collections.Counter()
    samples = []
    retries = collections.Counter()
    for sname, fn, allowed in STYLES:
        for i in range(PER_STYLE):
            lang = "it" if i % 2 == 0 else "en"
            positive = (i // 2) % 2 == 0
            for attempt in range(200):
                c = C.Ctx(r)
                kinds = pick_kinds(r, allowed, counts) if positive else []
                text, labels = fn(c, lang, kinds)
                text = text.strip("\n")
                secs = dedupe(labels)
                o = {"id": "", "lang": lang, "style": sname, "text": text, "secrets": secs}
                errs = check_sample(o)
                if positive and not secs:
                    errs.append("positive without labels")
                if not errs and any(x["text"] == text for x in samples[-50:]):
                    errs.append("duplicate")
                if not errs:
                    break
                retries[sname] += 1
            else:
                raise SystemExit("could not build %s sample: %s" % (sname, errs))
            for k in kinds:
                counts[k] += 1
            samples.append(o)
    r.shuffle(samples)
    n = {"it": 0, "en": 0}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "systems.jsonl"), "w", encoding="utf-8") as fh:
        for o in samples:
            n[o["lang"]] += 1
            o["id"] = "h7-%s-%04d" % (o["lang"], n[o["lang"]])
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("written %d samples; retries per style: %s" % (len(samples), dict(retries)), file=sys.stderr)

if __name__ == "__main__":
    main()
