"""LightGBM on the same hashed features, for chosen LOCO folds only (time).
Fixed hyperparameters chosen up front (no search): 300 trees, 31 leaves, hashed columns seen >= 50 times,
lr 0.1, min_child_samples 20, feature_fraction 0.5, negatives from must-pass
samples weight 1. Threshold for rules|model tuned on inner 3-fold OOF."""
import json, sys, time, numpy as np, scipy.sparse as sp
import lightgbm as lgb
sys_args = sys.argv[1:]
sys.argv = [sys.argv[0], '/work/spike/cache2']
import loco2
from loco2 import D, NAMES, tune, recall
from common import evaluate, model_spans, union

P = dict(objective='binary', num_leaves=31, learning_rate=0.1, min_child_samples=20,
         feature_fraction=0.5, bagging_fraction=0.8, bagging_freq=1, verbose=-1, num_threads=1, seed=0)

def fit(names):
    X = sp.vstack([D[n]['X'] for n in names]).tocsc()
    y = np.concatenate([D[n]['y'] for n in names])
    cols = np.nonzero(np.diff(X.indptr) >= 50)[0]  # hashed features seen >= 50 times in training
    X = X[:, cols].tocsr().astype(np.float32)
    return (lgb.train(P, lgb.Dataset(X, y, params={'max_bin': 2}), num_boost_round=300), cols)

def score(m, n):
    model, cols = m
    return model.predict(D[n]['X'][:, cols].astype(np.float32), raw_score=True)

for test in sys_args:
    t0 = time.time()
    train = [n for n in NAMES if n != test]
    groups = [train[i::3] for i in range(3)]
    oof = {}
    for g in groups:
        m = fit([n for n in train if n not in g])
        for n in g:
            oof[n] = score(m, n)
        print('  inner', test, time.time() - t0, flush=True)
    t_or = tune(oof, train, {n: D[n]['rules'] for n in train})
    t_model = tune(oof, train, None)
    m = fit(train)
    d = D[test]; s = score(m, test)
    np.save(f'/work/spike/scores_gbm/{test}.npy', s)
    np.savez(f'/work/spike/oof_gbm/{test}.npz', **oof)
    res = {'test': test, 't_or': float(t_or), 't_model': float(t_model)}
    for k, spans in {'rules': d['rules'], 'model@0.5': model_spans(d, s, 0.0), 'model@tuned': model_spans(d, s, t_model),
                     'rules|model@0.5': union(model_spans(d, s, 0.0), d['rules']),
                     'rules|model@tuned': union(model_spans(d, s, t_or), d['rules'])}.items():
        f, tot, fl, neg, misses, fas = evaluate(d, spans)
        res[k] = {'recall': f / tot, 'fpr': fl / neg, 'found': f, 'secrets': tot, 'fa': fl, 'neg': neg, 'misses': misses, 'fas': fas}
    json.dump(res, open(f'/work/spike/results_gbm/{test}.json', 'w'))
    print(test, 'tor %.2f tm %.2f' % (t_or, t_model), ' '.join('%s %.4f/%.4f' % (k, res[k]['recall'], res[k]['fpr']) for k in ['rules', 'model@0.5', 'model@tuned', 'rules|model@0.5', 'rules|model@tuned']), '%.0fs' % (time.time() - t0), flush=True)
