#!/usr/bin/env python3
"""Build contract charts, gold annotations and the arithmetic record from src/defs/*.py."""
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
DEFS = HERE / "defs"


def load_defs():
    mods = []
    for path in sorted(DEFS.glob("b19_0*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def doc_text(t):
    return t[1:] if t.startswith("\n") else t


def chart_of(m):
    chart = {"chart_id": m.CHART_ID, "date_of_service": m.DOS, "payer": m.PAYER}
    if getattr(m, "PRIOR_AUTH", None):
        chart["prior_authorization"] = m.PRIOR_AUTH
    if getattr(m, "CLAIM_LINES", None) is not None:
        chart["claim_lines"] = m.CLAIM_LINES
    chart["documents"] = [
        {"id": d["id"], "type": d["type"], "date": d["date"], "text": doc_text(d["text"])}
        for d in m.DOCS
    ]
    return chart


def gold_of(m):
    findings = []
    for f in m.FINDINGS:
        findings.append({k: v for k, v in f.items() if k != "ev" and not k.startswith("_")})
    return {
        "chart_id": m.CHART_ID,
        "profile": m.PAYER["profile"],
        "requirements": m.REQUIREMENTS,
        "findings": findings,
        "notes": m.NOTES,
    }


def main():
    mods = load_defs()
    arith = {}
    for m in mods:
        (OUT / "charts" / f"{m.CHART_ID}.json").write_text(json.dumps(chart_of(m), indent=2, ensure_ascii=False) + "\n")
        (OUT / "gold" / f"{m.CHART_ID}.json").write_text(json.dumps(gold_of(m), indent=2, ensure_ascii=False) + "\n")
        arith[m.CHART_ID] = m.ARITH
    (HERE / "arith.json").write_text(json.dumps(arith, indent=2, ensure_ascii=False) + "\n")
    print(f"built {len(mods)} charts")


if __name__ == "__main__":
    main()
