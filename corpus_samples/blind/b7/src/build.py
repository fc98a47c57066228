#!/usr/bin/env python3
"""Build charts/<id>.json and gold/<id>.json from src/defs/b7_XXX.py modules.

Each module defines CHART (contract chart dict) and GOLD (gold dict).
Document texts live in the modules as plain strings; this script only serializes.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    defs = os.path.join(HERE, "defs")
    n = 0
    for fn in sorted(os.listdir(defs)):
        if not (fn.startswith("b7_") and fn.endswith(".py")):
            continue
        mod = load(os.path.join(defs, fn))
        chart, gold = mod.CHART, mod.GOLD
        cid = chart["chart_id"]
        for d in chart["documents"]:
            d["text"] = d["text"].strip("\n") + "\n"
        with open(os.path.join(OUT, "charts", cid + ".json"), "w") as f:
            json.dump(chart, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(OUT, "gold", cid + ".json"), "w") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        n += 1
    print("built", n, "charts")


if __name__ == "__main__":
    sys.exit(main())
