#!/usr/bin/env python3
"""Write charts/<id>.json, gold/<id>.json and src/arith.json from src/defs/b16_0NN.py."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFS = os.path.join(HERE, "defs")
sys.path.insert(0, DEFS)


def modules():
    names = sorted(f[:-3] for f in os.listdir(DEFS) if f.startswith("b16_") and f.endswith(".py"))
    return [importlib.import_module(n) for n in names]


def main():
    os.makedirs(os.path.join(ROOT, "charts"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    arith = {}
    for m in modules():
        cid = m.CHART["chart_id"]
        with open(os.path.join(ROOT, "charts", cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m.CHART, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(ROOT, "gold", cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m.GOLD, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        arith[cid] = m.ARITH
    with open(os.path.join(HERE, "arith.json"), "w", encoding="utf-8") as fh:
        json.dump(arith, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("built %d charts" % len(arith))


if __name__ == "__main__":
    main()
