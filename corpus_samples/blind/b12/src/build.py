#!/usr/bin/env python3
"""Build blind batch b12: charts/<id>.json, gold/<id>.json and src/arith.json
from the modules in src/defs/ (stdlib only)."""
import glob
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def load(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    os.makedirs(os.path.join(OUT, "charts"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    arith = {}
    paths = sorted(glob.glob(os.path.join(HERE, "defs", "b12_0*.py")))
    for p in paths:
        m = load(p)
        cid = m.CHART["chart_id"]
        with open(os.path.join(OUT, "charts", cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(m.CHART, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(OUT, "gold", cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(m.GOLD, f, indent=2, ensure_ascii=False)
            f.write("\n")
        arith[cid] = m.ARITH
    with open(os.path.join(HERE, "arith.json"), "w", encoding="utf-8") as f:
        json.dump(arith, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("built %d charts" % len(paths))


if __name__ == "__main__":
    main()
