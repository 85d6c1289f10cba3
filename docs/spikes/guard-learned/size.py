import sys, time, numpy as np, scipy.sparse as sp
sys.argv=[sys.argv[0],'/work/spike/cache2']
import loco2
from loco2 import D, NAMES, fit
m = fit(NAMES, 1e-6, 1.0)
w = m.coef_.ravel()
X = sp.vstack([D[n]['X'] for n in NAMES]).tocsc()
used = np.diff(X.indptr) > 0
print('hashed dims', w.size, 'columns ever set', used.sum(), 'nonzero |w|>1e-3', (np.abs(w) > 1e-3).sum(), 'nnz per candidate', X.nnz / X.shape[0])
q = np.sort(np.abs(w))[::-1]; c = np.cumsum(q); print('weights holding 99% of |w| mass', np.searchsorted(c, 0.99 * c[-1]))
print('range', w.min(), w.max())
