import time, numpy as np, scipy.sparse as sp
from sklearn.linear_model import LogisticRegression, SGDClassifier
from common import *
D={n:load(n) for n in NAMES}
tr=[n for n in NAMES if n!='fresh12']
X=sp.vstack([D[n]['X'] for n in tr]).tocsr(); y=np.concatenate([D[n]['y'] for n in tr])
print(X.shape, X.nnz, y.mean())
for C in [0.3]:
    t=time.time(); m=LogisticRegression(C=C, solver='liblinear', max_iter=200).fit(X,y); print('liblinear',C,time.time()-t)
    d=D['fresh12']; s=m.decision_function(d['X'])
    for th in [0,-1,-2]:
        f,T,fl,neg,_,_=evaluate(d,model_spans(d,s,th)); print(th, f/T, fl/neg)
t=time.time(); m2=SGDClassifier(loss='log_loss', alpha=1e-6, max_iter=10, tol=None).fit(X,y); print('sgd',time.time()-t)
s=m2.decision_function(d['X'])
for th in [0,-1,-2]:
    f,T,fl,neg,_,_=evaluate(d,model_spans(d,s,th)); print(th, f/T, fl/neg)
