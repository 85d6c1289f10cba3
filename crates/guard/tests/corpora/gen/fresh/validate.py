"""Re-check every row of the corpora: labels are exact substrings, positive card/iban/bank labels pass their
checksums, negatives hold no Luhn-valid card run and no valid IBAN, ids unique. Prints per-kind counts."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import sample_problems

KINDS = ["access_token", "client_secret", "refresh_token", "private_key", "vendor_key", "card_number", "cvv",
         "iban", "bank_account", "password", "pin"]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for name in sys.argv[1:] or ["tickets.jsonl", "mixed-docs.jsonl"]:
    path = os.path.join(root, name)
    if not os.path.exists(path):
        continue
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ids = collections.Counter(r["id"] for r in rows)
    assert all(v == 1 for v in ids.values()), "duplicate ids"
    texts = collections.Counter(r["text"] for r in rows)
    assert all(v == 1 for v in texts.values()), "duplicate texts"
    kinds_samples, kinds_values = collections.Counter(), collections.Counter()
    pos = sum(1 for r in rows if r["secrets"])
    it = sum(1 for r in rows if r["lang"] == "it")
    for r in rows:
        assert r["lang"] in ("it", "en") and r["style"] and set(r) == {"id", "lang", "style", "text", "secrets"}
        for s in r["secrets"]:
            assert s["kind"] in KINDS, s
            kinds_values[s["kind"]] += 1
        for k in {s["kind"] for s in r["secrets"]}:
            kinds_samples[k] += 1
        p = sample_problems(r["text"], r["secrets"])
        if p:
            bad += 1
            print(r["id"], p)
    styles = collections.Counter(r["style"] for r in rows)
    print(f"== {name}: {len(rows)} samples, {pos} with secrets, {len(rows) - pos} must pass, it={it} ({100 * it / len(rows):.1f}%)")
    print("   kind            samples  values")
    for k in KINDS:
        print(f"   {k:15s} {kinds_samples[k]:7d} {kinds_values[k]:7d}")
    print("   styles:", dict(styles.most_common()))
print("problems:", bad)
sys.exit(1 if bad else 0)
