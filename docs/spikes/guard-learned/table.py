import json, sys, glob, os
d = sys.argv[1]
cfgs = sys.argv[2].split(",")
READ = {"fresh12": "never read (held out)", "fresh11": "read r11-12", "sealed10": "read r10", "desk9": "read r9",
        "systems": "read r8", "threads": "read r7", "escalations": "read r6", "fieldwork": "read r5",
        "voices": "read r4", "mixed-docs": "read r3", "tickets": "read r3", "holdout": "read r2",
        "code": "written against", "chat": "written against", "exports": "written against"}
rows = [json.load(open(p)) for p in sorted(glob.glob(d + "/*.json"))]
print("| corpus | rules status | " + " | ".join(f"{c} R / FPR" for c in cfgs) + " |")
print("|---|---|" + "---|" * len(cfgs))
for r in rows:
    print(f"| {r['test']} | {READ.get(r['test'],'?')} | " + " | ".join(
        "%.4f / %.2f%%" % (r[c]["recall"], 100 * r[c]["fpr"]) for c in cfgs) + " |")
n = len(rows)
print("| **macro (%d)** | | " % n + " | ".join("**%.4f / %.2f%%**" % (sum(r[c]["recall"] for r in rows) / n, 100 * sum(r[c]["fpr"] for r in rows) / n) for c in cfgs) + " |")
rest = [r for r in rows if r["test"] != "fresh12"]
print("| macro w/o fresh12 (%d) | | " % len(rest) + " | ".join("%.4f / %.2f%%" % (sum(r[c]["recall"] for r in rest) / len(rest), 100 * sum(r[c]["fpr"] for r in rest) / len(rest)) for c in cfgs) + " |")
