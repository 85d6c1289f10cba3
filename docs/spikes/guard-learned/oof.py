"""Re-fit the inner out-of-fold scores for each LOCO fold with the (alpha, w)
that fold's inner CV chose in loco2 (results2/*.json), and save them, so the
gated combination can be tuned on training folds only."""
import json, sys, numpy as np
sys.argv = [sys.argv[0], '/work/spike/cache2']
import loco2
from loco2 import D, NAMES, fit
for test in NAMES:
    r = json.load(open(f'/work/spike/results2/{test}.json'))
    train = [n for n in NAMES if n != test]
    groups = [train[i::3] for i in range(3)]
    oof = {}
    for g in groups:
        m = fit([n for n in train if n not in g], r['alpha'], r['w'])
        for n in g:
            oof[n] = m.decision_function(D[n]['X'])
    np.savez(f'/work/spike/oof2/{test}.npz', **oof)
    print(test, flush=True)
