#!/usr/bin/env python3
"""Generator of the fresh13 corpus ("the long tail"). Deterministic: python3 gen13.py > fresh13.jsonl"""
import sys, json, random, re
from collections import Counter
from gen13_pos2 import *
from gen13_neg import *
from check import boundary_ok, negative_clean

SEED = 20261302
rng = random.Random(SEED)

POS_QUOTA = {"password": 150, "pin": 130, "client_secret": 125, "access_token": 72, "refresh_token": 56, "private_key": 55,
             "vendor_key": 76, "card_number": 66, "cvv": 22, "iban": 62, "bank_account": 60}
N_NEG = 880

VOICE_OK = {"password", "pin", "card_number", "cvv", "iban", "bank_account"}
GEN_ALL = GENERIC + [t_tsv, t_split, t_split]


def wrap(rng, lang, body):
    r = rng.random()
    it = lang == "it"
    if r < .55:
        return body
    mail = rng.choice(NAMES).lower() + rng.choice([".", "_", ""]) + rs(rng, A_LOW, rng.randint(3, 7)) + "@" + rng.choice(["libero.it", "gmail.com", "alice.it", "tiscali.it", "outlook.com", "btinternet.com", "pec.it"])
    if r < .65:
        return (f"Da: {mail}\nOggetto: {rng.choice(['Richiesta assistenza', 'urgente', 'R: problema pagamenti', 'I: dati', 'Fwd: configurazione'])}\n\n" if it else
                f"From: {mail}\nSubject: {rng.choice(['Support request', 'urgent', 'RE: payments problem', 'FW: details', 'Fwd: setup'])}\n\n") + body
    if r < .74:
        return (f"[Modulo contatti sito]\nNome: {name(rng)}\nEmail: {mail}\nMessaggio:\n" if it else f"[Website contact form]\nName: {name(rng)}\nEmail: {mail}\nMessage:\n") + body
    if r < .82:
        return (f"Ticket #{rng.randint(10000, 999999)} - canale: {rng.choice(['telefono', 'email', 'chat', 'WhatsApp', 'PEC'])}\n" if it else f"Ticket #{rng.randint(10000, 999999)} - channel: {rng.choice(['phone', 'email', 'chat', 'WhatsApp'])}\n") + body
    if r < .9:
        return ("---------- Messaggio inoltrato ----------\n" if it else "---------- Forwarded message ----------\n") + body + ("\n\n--\nQuesta email e gli eventuali allegati sono riservati." if it and rng.random() < .5 else "")
    return body + "\n\n" + (f"{name(rng)} | {shop(rng, lang)} | {phone(rng, lang)}")


def make_pos(rng, kind, lang):
    r = rng.random()
    structs = [t for t, ks in STRUCT.items() if kind in ks]
    if structs and r < (0.6 if kind in ("private_key", "iban", "bank_account") else 0.45 if kind == "password" else 0.35):
        t = rng.choice(structs)
        text, style, sec = t(rng, lang, kind)
        return text, style, sec, t.__name__
    gens = [g for g in GEN_ALL if not (g is t_voice and kind not in VOICE_OK) and not (g in (t_tsv, t_split, t_legal, t_emoji, t_callnote) and kind == "private_key")]
    t = rng.choice(gens)
    S = build(rng, kind, lang, multiline=(rng.random() < .15 and kind in ("card_number", "iban")))
    out = t(rng, lang, S)
    if len(out) == 3:
        text, style, S2 = out
        if S2 and isinstance(S2[0], dict):
            return text, style, secrets_of(S2), t.__name__
        return text, style, S2, t.__name__
    text, style = out
    return text, style, secrets_of(S), t.__name__


def valid_pos(text, sec):
    if not sec:
        return False
    rest = text
    for k, v in sorted(sec, key=lambda x: -len(x[1])):
        if v not in text or not boundary_ok(text, v):
            return False
        rest = rest.replace(v, " ")
    return negative_clean(rest)  # nothing secret-looking left unlabeled


def main():
    samples = []
    tcount = Counter()
    kinds = [k for k, n in POS_QUOTA.items() for _ in range(n)]
    rng.shuffle(kinds)
    seen = set()
    for i, kind in enumerate(kinds):
        lang = "it" if i % 2 == 0 else "en"
        for attempt in range(50):
            text, style, sec, tname = make_pos(rng, kind, lang)
            text = wrap(rng, lang, text)
            # dedupe identical pairs and keep secrets exact
            sec = list(dict.fromkeys((k, v) for k, v in sec))
            if valid_pos(text, sec) and text not in seen:
                break
        else:
            raise SystemExit(f"cannot build {kind}")
        seen.add(text)
        tcount[(tname, lang)] += 1
        samples.append(dict(lang=lang, style=style, text=text, secrets=[{"kind": k, "value": v} for k, v in sec]))
    for i in range(N_NEG):
        lang = "it" if i % 2 == 0 else "en"
        t = NEG[i % len(NEG)] if i < len(NEG) * 2 else rng.choice(NEG)
        for attempt in range(50):
            text, style = t(rng, lang)
            text = wrap(rng, lang, text)
            if negative_clean(text) and text not in seen:
                break
        else:
            raise SystemExit(f"cannot build negative {t.__name__}")
        seen.add(text)
        tcount[(t.__name__, lang)] += 1
        samples.append(dict(lang=lang, style=style, text=text, secrets=[]))
    rng.shuffle(samples)
    per = Counter()
    with open("fresh13.jsonl", "w", encoding="utf-8") as f:
        for s in samples:
            per[s["lang"]] += 1
            s2 = {"id": f"fresh13-{s['lang']}-{per[s['lang']]:04d}", "lang": s["lang"], "style": s["style"], "text": s["text"], "secrets": s["secrets"]}
            f.write(json.dumps(s2, ensure_ascii=False) + "\n")
    with open("template_usage.txt", "w") as f:
        for (t, l), n in sorted(tcount.items()):
            f.write(f"{t}\t{l}\t{n}\n")
    print(f"wrote {len(samples)} samples; {len(tcount)} template x lang combos", file=sys.stderr)


if __name__ == "__main__":
    main()
