"""Freeze a model for a one-shot test on the next sealed corpus: trained on all 15
corpora (alpha 1e-6, w 1: the choice of 9 of 15 folds), thresholds from 3-fold
by-corpus out-of-fold scores over the 15 (same rule as LOCO), veto fixed at -5."""
import sys, json, numpy as np
sys.argv = [sys.argv[0], '/work/spike/cache2']
import loco2
from loco2 import D, NAMES, fit, tune
import gate as G
groups = [NAMES[i::3] for i in range(3)]
oof = {}
for g in groups:
    m = fit([n for n in NAMES if n not in g], 1e-6, 1.0)
    for n in g:
        oof[n] = m.decision_function(D[n]['X'])
t_or = tune(oof, NAMES, {n: D[n]['rules'] for n in NAMES})
t_model = tune(oof, NAMES, None)
G.D = {n: G.D[n] for n in NAMES}
t_gate = G.tune(oof, NAMES)
m = fit(NAMES, 1e-6, 1.0)
np.save('/work/spike/frozen/weights.npy', m.coef_.ravel().astype(np.float32))
json.dump({'intercept': float(m.intercept_[0]), 'n_features': 2**20, 'features': 'feats2.py', 't_or': float(t_or),
           't_model': float(t_model), 't_gate': float(t_gate), 't_veto': -5.0, 'alpha': 1e-6, 'w': 1.0},
          open('/work/spike/frozen/model.json', 'w'), indent=1)
print(t_or, t_model, t_gate)
