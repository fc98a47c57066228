#!/usr/bin/env python3
"""Build the b18 blind batch: charts/<id>.json, gold/<id>.json and src/arith.json.

Every chart lives in src/defs/b18_0KK.py as plain data:
  CHART        contract chart (schema version 1)
  PROFILE      payer profile
  FINDINGS     list of (finding dict, document id, verbatim evidence snippet)
  REQUIREMENTS hand-written requirement statuses
  NOTES        free text for the gold file (the traps)
  ARITH        the author's arithmetic record of the date-of-service administration
"""
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
DEFS = HERE / "defs"


def load_defs():
    mods = []
    for path in sorted(DEFS.glob("b18_0*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def gold_of(mod):
    return {
        "chart_id": mod.CHART["chart_id"],
        "profile": mod.PROFILE,
        "requirements": dict(mod.REQUIREMENTS),
        "findings": [dict(f) for f, _doc, _snip in mod.FINDINGS],
        "notes": mod.NOTES,
    }


def main():
    mods = load_defs()
    (ROOT / "charts").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    arith = {}
    for mod in mods:
        cid = mod.CHART["chart_id"]
        (ROOT / "charts" / f"{cid}.json").write_text(
            json.dumps(mod.CHART, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (ROOT / "gold" / f"{cid}.json").write_text(
            json.dumps(gold_of(mod), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        arith[cid] = mod.ARITH
    (HERE / "arith.json").write_text(json.dumps(arith, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"built {len(mods)} charts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
