#!/usr/bin/env python3
"""Build charts/<id>.json, gold/<id>.json and src/arith.json from src/defs/b27_0NN.py."""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFS = os.path.join(HERE, "defs")


def load_defs():
    mods = []
    for name in sorted(os.listdir(DEFS)):
        if not (name.startswith("b27_") and name.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(DEFS, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def doc_text(t):
    # triple-quoted literals start with a newline after the quotes; drop it
    if t.startswith("\n"):
        t = t[1:]
    return t


def chart_json(m):
    c = {"chart_id": m.CHART_ID, "date_of_service": m.DOS, "payer": dict(m.PAYER)}
    if getattr(m, "PRIOR_AUTH", None):
        c["prior_authorization"] = m.PRIOR_AUTH
    if getattr(m, "CLAIM_LINES", None) is not None:
        c["claim_lines"] = [dict(x) for x in m.CLAIM_LINES]
    c["documents"] = [
        {"id": d["id"], "type": d["type"], "date": d["date"], "text": doc_text(d["text"])}
        for d in m.DOCS
    ]
    return c


def public(f):
    return {k: v for k, v in f.items() if not k.startswith("_")}


def gold_json(m):
    return {
        "chart_id": m.CHART_ID,
        "profile": m.PAYER["profile"],
        "requirements": dict(m.REQUIREMENTS),
        "findings": [public(f) for f in m.FINDINGS],
        "notes": m.NOTES.strip(),
    }


def main():
    mods = load_defs()
    os.makedirs(os.path.join(ROOT, "charts"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    arith = {}
    for m in mods:
        with open(os.path.join(ROOT, "charts", m.CHART_ID + ".json"), "w") as fh:
            json.dump(chart_json(m), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(ROOT, "gold", m.CHART_ID + ".json"), "w") as fh:
            json.dump(gold_json(m), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        arith[m.CHART_ID] = m.ARITH
    with open(os.path.join(HERE, "arith.json"), "w") as fh:
        json.dump(arith, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("built %d charts" % len(mods), file=sys.stderr)


if __name__ == "__main__":
    main()
