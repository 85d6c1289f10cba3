"""Descriptive only: rules with a model veto at fixed thresholds, held-out LOCO scores."""
import numpy as np, os
import common; common.CACHE='/work/spike/cache2'
from common import load, add_cover, evaluate
names=sorted(n[:-4] for n in os.listdir('cache2') if n.endswith('.npz'))
TV=[-10,-6,-4,-2,0]
acc={t:[] for t in TV}
for n in names:
    d=load(n); s=np.load(f'scores2/{n}.npy')
    order=np.argsort(d['sid'],kind='stable'); starts=np.searchsorted(d['sid'][order],np.arange(len(d['samples'])+1))
    for t in TV:
        out=[]
        for i,spans in enumerate(d['rules']):
            ks=order[starts[i]:starts[i+1]]; keep=[]
            for a,b in spans:
                sel=ks[(d['s'][ks]<b)&(d['e'][ks]>a)]
                if len(sel)==0 or s[sel].max()>=t: keep.append((a,b))
            out.append(keep)
        f,tot,fl,neg,*_=evaluate(d,out); acc[t].append((n,f/tot,fl/neg))
for t in TV:
    a=acc[t]; fr=[x for x in a if x[0]=='fresh12'][0]
    print(t,'macro %.4f / %.2f%%'%(np.mean([x[1] for x in a]),100*np.mean([x[2] for x in a])),'fresh12 %.4f / %.2f%%'%(fr[1],100*fr[2]))
