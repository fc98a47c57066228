"""Build charts/<id>.json, gold/<id>.json and src/arith.json from src/defs/b15_0NN.py."""
import glob
import importlib
import calendar
import datetime
import json
import math
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


def exp_last_day(v):
    if len(v) == 7:
        y, m = map(int, v.split("-"))
        return datetime.date(y, m, calendar.monthrange(y, m)[1])
    return datetime.date.fromisoformat(v)


def arith_checks(chart, a):
    """The author's arithmetic for the DOS administration (recomputed by validate.py)."""
    if a.get("negative_control"):
        return dict(a)
    out = dict(a)
    dos = datetime.date.fromisoformat(chart["date_of_service"])
    bu = a["billing_unit_mg"]
    chk = {"date_of_service": chart["date_of_service"]}
    if a.get("weight_kg") is not None:
        tgt = 60 * a["weight_kg"]
        chk["target_mg_60_per_kg"] = round(tgt, 1)
        chk["dose_vs_target_pct"] = round(100.0 * (a["dose_mg"] - tgt) / tgt, 1)
        chk["within_10_pct"] = abs(a["dose_mg"] - tgt) <= 0.1 * tgt
    chk["admin_units_expected"] = math.ceil(a["dose_mg"] / bu - 1e-9)
    chk["admin_units_billed"] = a["billed_admin_units"]
    chk["jw_units_expected"] = math.floor(a["waste_mg"] / bu + 1e-9) if a.get("waste_mg") else 0
    chk["jw_units_billed"] = a["billed_jw_units"]
    chk["lots_expired_on_dos"] = {l["lot"]: exp_last_day(l["exp"]) < dos for l in a.get("lots", [])}
    out["check"] = chk
    return out


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
        arith[cid] = arith_checks(m.CHART, m.ARITH)
    with open(os.path.join(HERE, "arith.json"), "w") as fh:
        json.dump(arith, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("built %d charts" % len(arith))


if __name__ == "__main__":
    main()
