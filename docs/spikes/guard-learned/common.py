import glob
import os
import pickle

import numpy as np
import scipy.sparse as sp

CACHE = "/work/spike/cache"
NAMES = sorted(os.path.basename(p)[:-4] for p in glob.glob(CACHE + "/*.npz"))
BRIDGE = 8  # flagged candidates closer than this many chars are joined


def load(name):
    X = sp.load_npz(f"{CACHE}/{name}.npz").tocsr()
    d = pickle.load(open(f"{CACHE}/{name}.pkl", "rb"))
    meta = d["meta"]
    d["sid"] = np.array([m[0] for m in meta])
    d["s"] = np.array([m[1] for m in meta])
    d["e"] = np.array([m[2] for m in meta])
    d["y"] = np.array([m[3] for m in meta])
    d["X"] = X
    return d


HARD = set("\"'`,;{}[]()<>|")


def extend(text, s, e):
    """coverage span of a sub-run candidate: grow through non-space characters
    that are not quotes, brackets, commas, semicolons or pipes (so '=' padding,
    '&', '?', ':' and short pieces glued to the value are covered)."""
    while s > 0 and not text[s - 1].isspace() and text[s - 1] not in HARD:
        s -= 1
    while e < len(text) and not text[e].isspace() and text[e] not in HARD:
        e += 1
    return s, e


def add_cover(d):
    cs, ce = d["s"].copy(), d["e"].copy()
    for k, m in enumerate(d["meta"]):
        if m[4] == "S":
            cs[k], ce[k] = extend(d["samples"][m[0]]["text"], m[1], m[2])
    d["cs"], d["ce"] = cs, ce


def merge(spans, bridge=0):
    spans = sorted(tuple(x) for x in spans)
    out = []
    for s, e in spans:
        if out and s <= out[-1][1] + bridge:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def covered(merged, s, e):
    for a, b in merged:
        if a <= s and e <= b:
            return True
    return False


def model_spans(d, score, t):
    """per sample: merged spans of candidates with score >= t (bridged)."""
    out = [[] for _ in d["samples"]]
    idx = np.nonzero(score >= t)[0]
    for k in idx:
        if "cs" in d:
            out[d["sid"][k]].append((int(d["cs"][k]), int(d["ce"][k])))
        else:
            out[d["sid"][k]].append((int(d["s"][k]), int(d["e"][k])))
    return [merge(x, BRIDGE) for x in out]


def evaluate(d, spans_per_sample):
    """returns (found, secrets, flagged_neg, negatives, misses list, fa list)."""
    found = tot = fl = neg = 0
    misses, fas = [], []
    for i, smp in enumerate(d["samples"]):
        sp_ = spans_per_sample[i]
        if not smp["secrets"]:
            neg += 1
            if sp_:
                fl += 1
                fas.append(i)
            continue
        m = merge(sp_)
        text = smp["text"]
        for sec in smp["secrets"]:
            v = sec["value"]
            tot += 1
            occ = []
            st = text.find(v)
            while st >= 0 and v:
                occ.append(st)
                st = text.find(v, st + 1)
            if v and occ and all(covered(m, o, o + len(v)) for o in occ):
                found += 1
            else:
                misses.append((i, sec["kind"]))
    return found, tot, fl, neg, misses, fas


def union(a, b):
    return [list(x) + list(y) for x, y in zip(a, b)]


def sample_max(d, score):
    """max candidate score per sample (-inf when no candidate)."""
    n = len(d["samples"])
    m = np.full(n, -np.inf)
    np.maximum.at(m, d["sid"], score)
    return m
