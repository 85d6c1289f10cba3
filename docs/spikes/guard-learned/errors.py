"""Descriptive error mechanisms on LOCO held-out scores (v2)."""
import json, re, numpy as np, os
from collections import Counter, defaultdict
import common
common.CACHE = '/work/spike/cache2'
from common import *
names = sorted(n[:-4] for n in os.listdir(common.CACHE) if n.endswith('.npz'))

def vcat(v, typ=''):
    t = v.strip("\"'`,;.()[]{}<>")
    if re.search(r"\*{3}|x{4}|X{4}|•|REDACTED|omess", v, re.I): return 'masked/redacted'
    if re.search(r"^<.*>$|\$\{|\{\{|your[_-]|example|changeme|placeholder", v, re.I): return 'placeholder'
    if re.search(r"(zero|one|two|three|four|five|six|seven|eight|nine|uno|due|tre|quattro|cinque|sei|sette|otto|nove)\b", v, re.I) and not re.search(r"[A-Za-z0-9]{12,}", v): return 'spoken/spelled'
    if re.search(r"://", v): return 'url'
    if re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-.*", t): return 'uuid'
    digits = sum(c.isdigit() for c in t)
    if re.fullmatch(r"[\d\s\u00a0\-./]+", t):
        return 'digits<=4' if digits <= 4 else ('digits5-12' if digits <= 12 else 'digits13+ (card/acct)')
    if re.fullmatch(r"[A-Z]{2}\d{2}[\dA-Z\s\u00a0]+", t): return 'iban-like'
    if re.fullmatch(r"[a-z]{2,6}_[A-Za-z0-9_]+", t): return 'prefixed id/key (xx_...)'
    if '-----' in v or len(t) >= 40 and re.fullmatch(r"[A-Za-z0-9+/=_\-.]+", t): return 'long blob (b64/jwt/key line)'
    if len(t) >= 16 and re.fullmatch(r"[A-Za-z0-9+/=_\-.~]+", t): return 'random-looking 16-39'
    if re.fullmatch(r"[a-zà-ù]+", t): return 'plain lowercase word(s)'
    if ' ' in t: return 'multi-word'
    return 'short mixed (password-like)'

fa_cat = Counter(); miss_cat = Counter(); miss_kind = Counter(); caught_cat = Counter()
fa_tot = 0
for n in names:
    r = json.load(open(f'results2/{n}.json'))
    d = load(n); add_cover(d); s = np.load(f'scores2/{n}.npy')
    t = r['t_or']
    # model false alarms at the tuned threshold, negative samples not already flagged by rules
    for i, smp in enumerate(d['samples']):
        if smp['secrets'] or d['rules'][i]: continue
        ks = [k for k in np.nonzero(d['sid'] == i)[0] if s[k] >= t]
        if ks:
            k = max(ks, key=lambda k: s[k]); fa_tot += 1
            fa_cat[vcat(smp['text'][d['s'][k]:d['e'][k]])] += 1
    # misses of rules|model@tuned
    for i, kind in r['rules|model@tuned']['misses']:
        miss_kind[kind] += 1
    ms = {(i, k) for i, k in r['rules']['misses']}
    mt = {(i, k) for i, k in r['rules|model@tuned']['misses']}
    for (i, k) in ms:
        smp = d['samples'][i]
        vals = [x['value'] for x in smp['secrets'] if x['kind'] == k]
        c = vcat(vals[0]) if vals else '?'
        if (i, k) in mt: miss_cat[c] += 1
        else: caught_cat[c] += 1
print('model false alarms at tuned t, on must-pass samples the rules pass (all 15 folds):', fa_tot)
for k, v in fa_cat.most_common(): print('  ', v, k)
print('rule misses the model caught at tuned t, by value shape:', sum(caught_cat.values()))
for k, v in caught_cat.most_common(): print('  ', v, k)
print('misses left (rules|model@tuned), by value shape:', sum(miss_cat.values()))
for k, v in miss_cat.most_common(): print('  ', v, k)
print('misses left by kind:', miss_kind.most_common())
