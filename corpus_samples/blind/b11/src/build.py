"""Build charts/*.json and gold/*.json from src/defs/b11_0NN.py.

Each def module holds CHART (contract chart), GOLD (annotation) and ARITH
(the author's own record of the administration facts, used by validate.py to
re-do the arithmetic independently of the gold statuses)."""
import importlib.util, json, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
arith = {}
for p in sorted((HERE / "defs").glob("b11_*.py")):
    spec = importlib.util.spec_from_file_location(p.stem, p)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    cid = m.CHART["chart_id"]
    for d in m.CHART["documents"]:
        d["text"] = d["text"].strip("\n") + "\n"
    (OUT / "charts" / f"{cid}.json").write_text(json.dumps(m.CHART, indent=2, ensure_ascii=False) + "\n")
    (OUT / "gold" / f"{cid}.json").write_text(json.dumps(m.GOLD, indent=2, ensure_ascii=False) + "\n")
    arith[cid] = m.ARITH
(HERE / "arith.json").write_text(json.dumps(arith, indent=2) + "\n")
print(f"built {len(arith)} charts")
