"""Build charts/<id>.json, gold/<id>.json and src/arith.json from src/defs/b15_0NN.py."""
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "defs"))


def strip_private(obj):
    if isinstance(obj, dict):
        return {k: strip_private(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [strip_private(v) for v in obj]
    return obj


def load_modules():
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, "defs", "b15_0*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mods.append(importlib.import_module(name))
    return mods


def main():
    os.makedirs(os.path.join(OUT, "charts"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    arith = {}
    for m in load_modules():
        cid = m.CHART["chart_id"]
        with open(os.path.join(OUT, "charts", cid + ".json"), "w") as fh:
            json.dump(m.CHART, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(OUT, "gold", cid + ".json"), "w") as fh:
            json.dump(strip_private(m.GOLD), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        arith[cid] = m.ARITH
    with open(os.path.join(HERE, "arith.json"), "w") as fh:
        json.dump(arith, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("built %d charts" % len(arith))


if __name__ == "__main__":
    main()
