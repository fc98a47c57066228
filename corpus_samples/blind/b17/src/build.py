#!/usr/bin/env python3
"""Build charts/<id>.json, gold/<id>.json and src/arith.json from src/defs/b17_0NN.py."""
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
        if not (name.startswith("b17_") and name.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(DEFS, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def main():
    os.makedirs(os.path.join(ROOT, "charts"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    arith = {}
    for mod in load_defs():
        cid = mod.CHART["chart_id"]
        with open(os.path.join(ROOT, "charts", cid + ".json"), "w") as f:
            json.dump(mod.CHART, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(ROOT, "gold", cid + ".json"), "w") as f:
            json.dump(mod.GOLD, f, indent=2, ensure_ascii=False)
            f.write("\n")
        arith[cid] = mod.ARITH
    with open(os.path.join(HERE, "arith.json"), "w") as f:
        json.dump(arith, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("built %d charts" % len(arith))


if __name__ == "__main__":
    sys.exit(main())
