import glob
import json
import os
import pickle
import sys
import time
from multiprocessing import Pool

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction import FeatureHasher

from feats import candidates, feats

CORPORA = "/work/main/crates/guard/tests/corpora"
OUT = "/work/spike/cache"
NF = 2 ** 20


def rule_spans():
    """findings_dump lines 'name#i LEN: s-e:kind:conf ...' (byte offsets)."""
    out = {}
    for line in open("/work/spike/findings.txt"):
        head = line.split(":", 1)[0]
        label = head.split(" ")[0]
        spans = []
        rest = line.split(":", 1)[1] if ":" in line else ""
        for item in rest.split():
            se, kind, _conf = item.split(":")
            a, b = se.split("-")
            spans.append((int(a), int(b)))
        out[label] = spans
    return out


def b2c(text):
    """byte offset -> char offset map"""
    m = np.zeros(len(text.encode("utf-8")) + 1, dtype=np.int64)
    bi = 0
    for ci, ch in enumerate(text):
        n = len(ch.encode("utf-8"))
        m[bi:bi + n] = ci
        bi += n
    m[bi] = len(text)
    return m


def do_corpus(path):
    name = os.path.basename(path)[:-6]
    rs = rule_spans()
    samples = [json.loads(l) for l in open(path) if l.strip()]
    rows, meta, rules = [], [], []
    t0 = time.time()
    for i, smp in enumerate(samples):
        text = smp["text"]
        occ = []
        for sec in smp["secrets"]:
            v = sec["value"]
            st = text.find(v)
            while st >= 0 and v:
                occ.append((st, st + len(v)))
                st = text.find(v, st + 1)
        m = b2c(text)
        rules.append([(int(m[a]), int(m[b])) for a, b in rs["%s#%d" % (name, i)]])
        for (s, e, typ) in candidates(text):
            lab = any(s < oe and os_ < e for os_, oe in occ)
            rows.append(feats(text, s, e, typ))
            meta.append((i, s, e, int(lab), typ))
    h = FeatureHasher(n_features=NF, input_type="string", alternate_sign=False)
    X = h.transform(rows).tocsr()
    X.data[:] = 1.0
    sp.save_npz(f"{OUT}/{name}.npz", X)
    with open(f"{OUT}/{name}.pkl", "wb") as fh:
        pickle.dump({"meta": meta, "rules": rules,
                     "samples": [{"id": s["id"], "secrets": s["secrets"], "text": s["text"]} for s in samples]}, fh)
    return name, len(samples), len(meta), sum(x[3] for x in meta), time.time() - t0, sum(map(len, rows)) / max(1, len(rows))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    paths = sorted(glob.glob(CORPORA + "/*.jsonl"))
    if len(sys.argv) > 1:
        paths = [p for p in paths if any(a in p for a in sys.argv[1:])]
    with Pool(2) as pool:
        for r in pool.imap_unordered(do_corpus, paths):
            print(*r, flush=True)
