"""Gated combination: the model's finding counts only when a secret word from a
fixed lexicon (chosen up front, both languages, no tuning) is among the six words
before the candidate, its line's key, its table column header or the end of the
previous line. Threshold tuned on inner OOF (oof2/, or oof_gbm/) for pooled
rules|gated-model FPR <= 1 %."""
import json, os, sys, re, numpy as np
import common
common.CACHE = '/work/spike/cache2'
from common import load, add_cover, evaluate, model_spans, union
from feats2 import ctx_words, split_ident, line_bounds, table_header

LEX = set("""password passwords passwd pwd pass passphrase passcode parola parole chiave chiavi key keys secret secrets
segreto segreta token tokens bearer basic auth authorization credential credentials credenziali credenziale pin pins otp
code codes codice codici cvv cvc cvv2 cvc2 cav security sicurezza card carta iban conto account accounts kontonummer
konto blz rib sort clave contrasena contraseña passwort mot login apikey api private privata refresh access client sms
verifica verification""".split())

def gate(text, s):
    before = text[max(0, s - 160):s]
    if LEX & set(ctx_words(before)[-6:]):
        return True
    ls, le = line_bounds(text, s)
    lb = text[ls:s]
    mk = re.search(r"([\w.\-\[\]\"' ]{1,40}?)[\"'\]]*\s*(:|=|=>|\t|\|)\s*[\"'`]?$", lb)
    if mk and LEX & set(split_ident(mk.group(1))):
        return True
    th = table_header(text, ls, le, s)
    if th and LEX & set(split_ident(th[1])):
        return True
    if ls > 0:
        pe = ls - 1; ps = text.rfind("\n", 0, pe) + 1
        if LEX & set(ctx_words(text[ps:pe])[-4:]):
            return True
    return False

names = sorted(n[:-4] for n in os.listdir(common.CACHE) if n.endswith('.npz'))
D = {}
for n in names:
    d = load(n); add_cover(d)
    gp = f'/work/spike/gate/{n}.npy'
    if os.path.exists(gp):
        d['gate'] = np.load(gp)
    else:
        d['gate'] = np.array([gate(d['samples'][i]['text'], s) for i, s in zip(d['sid'], d['s'])])
        np.save(gp, d['gate'])
    D[n] = d

def gated(score, d):
    return np.where(d['gate'], score, -np.inf)

def tune(oof, train):
    neg_max, rule_fa = [], 0
    for n in train:
        d = D[n]; m = np.full(len(d['samples']), -np.inf)
        np.maximum.at(m, d['sid'], gated(oof[n], d))
        for i, smp in enumerate(d['samples']):
            if smp['secrets']: continue
            if d['rules'][i]: rule_fa += 1; continue
            neg_max.append(m[i])
    neg_max = np.sort(np.array(neg_max))[::-1]
    allowed = int(np.floor(0.01 * (len(neg_max) + rule_fa))) - rule_fa
    if allowed < 0: return np.inf
    return np.nextafter(neg_max[allowed], np.inf) if allowed < len(neg_max) else -np.inf

if __name__ == '__main__':
    oofdir, scoredir, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    for test in names:
        if not os.path.exists(f'{oofdir}/{test}.npz'): continue
        oof = dict(np.load(f'{oofdir}/{test}.npz'))
        train = [n for n in names if n != test]
        t = tune(oof, train)
        d = D[test]; s = np.load(f'{scoredir}/{test}.npy')
        res = {'test': test, 't_gate': float(t)}
        for k, spans in {'rules|gated@tuned': union(model_spans(d, gated(s, d), t), d['rules']),
                         'gated@0.5': model_spans(d, gated(s, d), 0.0),
                         'rules|gated@0.5': union(model_spans(d, gated(s, d), 0.0), d['rules'])}.items():
            f, tot, fl, neg, misses, fas = evaluate(d, spans)
            res[k] = {'recall': f / tot, 'fpr': fl / neg, 'misses': misses, 'fas': fas}
        json.dump(res, open(f'{outdir}/{test}.json', 'w'))
        print(test, 't %.2f' % t, ' '.join('%s %.4f/%.4f' % (k, res[k]['recall'], res[k]['fpr']) for k in ['gated@0.5', 'rules|gated@0.5', 'rules|gated@tuned']), flush=True)
