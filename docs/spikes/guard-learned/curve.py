"""Descriptive only: held-out (LOCO) recall/FPR of rules OR model at fixed logit
thresholds, macro over corpora. Not used to choose anything."""
import sys, numpy as np
import common
common.CACHE = sys.argv[1]; sd = sys.argv[2]
from common import *
import os
names = sorted(n[:-4] for n in os.listdir(common.CACHE) if n.endswith('.npz'))
names = [n for n in names if os.path.exists(f'{sd}/{n}.npy')]
TH = [0, 2, 4, 5, 6, 7, 8, 9, 10, 12]
acc = {t: [] for t in TH}; accm = {t: [] for t in TH}
for n in names:
    d = load(n); s = np.load(f'{sd}/{n}.npy')
    if 'cache2' in common.CACHE: add_cover(d)
    for t in TH:
        ms = model_spans(d, s, t)
        f, tot, fl, neg, *_ = evaluate(d, union(ms, d['rules']))
        acc[t].append((n, f / tot, fl / neg))
        f, tot, fl, neg, *_ = evaluate(d, ms)
        accm[t].append((n, f / tot, fl / neg))
print('threshold | rules|model macro R / FPR | fresh12 R / FPR | model alone macro R / FPR')
for t in TH:
    a = acc[t]; fr = [x for x in a if x[0] == 'fresh12']
    print(t, '%.4f / %.2f%%' % (np.mean([x[1] for x in a]), 100 * np.mean([x[2] for x in a])),
          ('%.4f / %.2f%%' % (fr[0][1], 100 * fr[0][2])) if fr else '-',
          '%.4f / %.2f%%' % (np.mean([x[1] for x in accm[t]]), 100 * np.mean([x[2] for x in accm[t]])))
