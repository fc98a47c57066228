#!/usr/bin/env python3
"""Assemble charts/<id>.json and gold/<id>.json from src/charts_src/b6_NNN.py.

Each source module defines CHART (contract chart dict) and GOLD (gold dict).
Document texts are written flush-left in triple-quoted strings; a single
leading newline is stripped.
"""
import importlib.util
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "charts_src"


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    (ROOT / "charts").mkdir(exist_ok=True)
    (ROOT / "gold").mkdir(exist_ok=True)
    n = 0
    for path in sorted(SRC.glob("b6_*.py")):
        mod = load(path)
        chart, gold = mod.CHART, mod.GOLD
        for d in chart["documents"]:
            if d["text"].startswith("\n"):
                d["text"] = d["text"][1:]
        cid = chart["chart_id"]
        (ROOT / "charts" / f"{cid}.json").write_text(
            json.dumps(chart, indent=2, ensure_ascii=False) + "\n")
        (ROOT / "gold" / f"{cid}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        n += 1
    print(f"built {n} charts")


if __name__ == "__main__":
    main()
