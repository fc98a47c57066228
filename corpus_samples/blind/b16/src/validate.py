#!/usr/bin/env python3
"""Validate b16 charts and gold against CONTRACT.md / ANNOTATION_GUIDE.md, and redo the arithmetic.

Checks:
  1. chart format (contract section 1): ids, ISO dates, profile, claim lines, document types;
  2. gold format (guide): requirement ids per profile, status enums, finding kinds and fields,
     canonical allele order, unit normalization, lb->kg, ISO expiration, HH:MM times;
  3. every gold finding has an evidence snippet that occurs verbatim in a document of the chart;
  4. arithmetic from ARITH: 60 mg/kg +/- 10 %, ceil/floor units per billing unit, JW/JZ per profile,
     expiration vs DOS, and ARITH agrees with the claim lines and the gold findings;
  5. requirement statuses re-derived from the findings + claim + ARITH by an independent
     implementation of the guide's rules, and compared with the hand-written gold statuses.
Prints "ok (N charts)" when everything passes.
"""
import calendar
import datetime as dt
import importlib
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFS = os.path.join(HERE, "defs")
sys.path.insert(0, DEFS)
from _lib import BASE_REQS, EXTRA_REQS, LB  # noqa: E402

STATUSES = {"met", "missing", "conflict", "not_applicable"}
PROFILES = {"medicare", "medicaid", "commercial"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
DRUG_CODES = set(BU)
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
COVERS = {"J2252": PRODUCTS, "J0256": PRODUCTS - {"Glassia"}, "J0257": {"Glassia"}, "J0222": set()}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
KIND_FIELDS = {
    "aatd_diagnosis": set(), "genotype": {"alleles"}, "serum_aat": {"value", "unit"},
    "weight": {"value", "unit", "value_kg"}, "dose": {"value"}, "wastage": {"value"},
    "lot_number": {"value"}, "expiration_date": {"value"}, "infusion_start": {"value"},
    "infusion_end": {"value"}, "lung_disease": {"value"}, "fev1": {"value"},
    "response_to_therapy": set(), "prior_authorization": {"value"}, "smoking_status": {"value"},
    "drug_product": {"value"},
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_M = re.compile(r"^\d{4}-\d{2}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def iso_ok(s):
    if not isinstance(s, str) or not ISO.match(s):
        return False
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def exp_date(v):
    if ISO.match(v):
        return dt.date.fromisoformat(v)
    y, m = map(int, v.split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def allele_key(a):
    order = {"M": (0, ""), "S": (1, ""), "Z": (2, ""), "NULL": (4, "")}
    return order.get(a, (3, a))


# ---------------------------------------------------------------- format checks
def check_chart(c):
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err(cid, "chart_id")
    if "date_of_service" in c and not iso_ok(c["date_of_service"]):
        err(cid, "date_of_service not ISO")
    p = c.get("payer", {})
    if p.get("profile", "medicare") not in PROFILES:
        err(cid, "profile")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization must be a string")
    for ln in c.get("claim_lines", []) or []:
        if not isinstance(ln.get("hcpcs"), str) or not isinstance(ln.get("units"), (int, float)) \
                or not isinstance(ln.get("modifiers"), list):
            err(cid, "claim line malformed %r" % ln)
    docs = c.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents")
        return
    ids = set()
    for d in docs:
        if d.get("id") in ids:
            err(cid, "duplicate doc id")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, "doc type %r" % d.get("type"))
        if not iso_ok(d.get("date")):
            err(cid, "doc date %r" % d.get("date"))
        if not isinstance(d.get("text"), str) or len(d["text"]) < 200:
            err(cid, "doc text too short")


def check_gold(c, g):
    cid = c["chart_id"]
    profile = c.get("payer", {}).get("profile", "medicare")
    if g.get("chart_id") != cid:
        err(cid, "gold chart_id")
    if g.get("profile") != profile:
        err(cid, "gold profile")
    want = BASE_REQS + EXTRA_REQS[profile]
    if list(g["requirements"].keys()) != want:
        err(cid, "requirement ids/order %r" % list(g["requirements"].keys()))
    for k, v in g["requirements"].items():
        if v not in STATUSES:
            err(cid, "status %s=%s" % (k, v))
    if profile == "medicare" and g["requirements"]["prior_authorization"] != "not_applicable":
        err(cid, "medicare PA must be not_applicable")
    if not g.get("notes"):
        err(cid, "notes empty")
    seen = set()
    for f in g["findings"]:
        k = f.get("kind")
        if k not in KIND_FIELDS:
            err(cid, "kind %r" % k)
            continue
        if set(f) - {"kind"} != KIND_FIELDS[k]:
            err(cid, "fields of %r" % f)
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            err(cid, "duplicate finding %s" % key)
        seen.add(key)
        if k == "genotype":
            a = f["alleles"]
            if len(a) != 2 or any(x != x.upper() for x in a) or sorted(a, key=allele_key) != a:
                err(cid, "alleles %r" % a)
        elif k == "serum_aat":
            if f["unit"] not in {"mg/dL", "g/L", "uM"} or not isinstance(f["value"], (int, float)):
                err(cid, "serum %r" % f)
        elif k == "weight":
            if f["unit"] == "kg":
                exp = round(float(f["value"]), 1)
            elif f["unit"] == "lb":
                exp = round(f["value"] * LB, 1)
            else:
                err(cid, "weight unit %r" % f)
                continue
            if abs(exp - f["value_kg"]) > 1e-9:
                err(cid, "value_kg %r (want %s)" % (f, exp))
        elif k in ("dose", "wastage", "fev1"):
            if not isinstance(f["value"], (int, float)):
                err(cid, "%s value %r" % (k, f))
        elif k == "expiration_date":
            if not (iso_ok(f["value"]) or ISO_M.match(f["value"])):
                err(cid, "expiration %r" % f)
        elif k in ("infusion_start", "infusion_end"):
            if not HHMM.match(f["value"]):
                err(cid, "time %r" % f)
        elif k == "lung_disease":
            if f["value"] not in LUNG:
                err(cid, "lung %r" % f)
        elif k == "smoking_status":
            if f["value"] not in {"never", "former", "current"}:
                err(cid, "smoking %r" % f)
        elif k == "drug_product":
            if f["value"] not in PRODUCTS:
                err(cid, "product %r" % f)


def check_evidence(c, mod):
    cid = c["chart_id"]
    texts = [d["text"] for d in c["documents"]]
    for f, snip in mod.FINDINGS:
        if not snip or not any(snip in t for t in texts):
            err(cid, "evidence not found for %r: %r" % (f, snip))


# ---------------------------------------------------------------- rules
def fl(g, kind):
    return [f for f in g["findings"] if f["kind"] == kind]


def serum_below(f, rid_values):
    v, u = f["value"], f["unit"]
    rid = v in rid_values
    if u == "uM":
        return v < 11
    if u == "mg/dL":
        return v < (80 if rid else 57)
    return v < (0.8 if rid else 0.57)


def derive(c, g, a):
    profile = c.get("payer", {}).get("profile", "medicare")
    dos = c.get("date_of_service") or max(d["date"] for d in c["documents"])
    dos = dt.date.fromisoformat(dos)
    claim = c.get("claim_lines")
    drug = [ln for ln in (claim or []) if ln["hcpcs"] in DRUG_CODES]
    r = {}
    r["aatd_diagnosis"] = "met" if fl(g, "aatd_diagnosis") else "missing"

    serum = fl(g, "serum_aat")
    if not serum:
        r["serum_aat_level"] = "missing"
    elif any(serum_below(f, a.get("serum_rid", [])) for f in serum):
        r["serum_aat_level"] = "met"
    else:
        r["serum_aat_level"] = "conflict"

    def deficient(al):
        x, y = al
        if x in DEFICIENT and y in DEFICIENT:
            return True
        if [x, y] == ["S", "Z"]:
            return profile != "commercial" or r["serum_aat_level"] == "met"
        return False
    gts = fl(g, "genotype")
    r["genotype"] = "missing" if not gts else ("met" if any(deficient(f["alleles"]) for f in gts) else "conflict")
    r["lung_disease_evidence"] = "met" if fl(g, "lung_disease") else "missing"

    weights = fl(g, "weight")
    r["patient_weight"] = "met" if weights else "missing"
    doses = sorted({f["value"] for f in fl(g, "dose")})
    dose = doses[0] if len(doses) == 1 else None
    r["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    wkg = a.get("weight_kg")
    if weights and wkg not in [f["value_kg"] for f in weights]:
        err(c["chart_id"], "ARITH weight_kg %s is not a weight finding" % wkg)
    if dose is None or not weights:
        r["dose_matches_weight"] = "missing" if (not doses or not weights) else "conflict"
    else:
        target = 60 * wkg
        r["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target + 1e-9 else "conflict"

    # units
    if not drug:
        r["units_match_dose"] = "not_applicable"
    elif dose is None:
        r["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({ln["hcpcs"] for ln in drug}):
            adm = sum(ln["units"] for ln in drug if ln["hcpcs"] == code and "JW" not in ln["modifiers"])
            if adm != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        r["units_match_dose"] = "met" if ok else "conflict"

    # wastage
    wv = sorted({f["value"] for f in fl(g, "wastage")})
    waste = wv[0] if wv else None
    if len(wv) > 1:
        err(c["chart_id"], "more than one wastage value")
    if not drug:  # no claim lines, or claim lines without A1PI drug lines (README decision)
        r["wastage_documented"] = "met" if waste is not None else "missing"
    else:
        res = []
        for code in sorted({ln["hcpcs"] for ln in drug}):
            lines = [ln for ln in drug if ln["hcpcs"] == code]
            jw = [ln for ln in lines if "JW" in ln["modifiers"]]
            jz = any("JZ" in ln["modifiers"] for ln in lines)
            if jw and jz:
                res.append("conflict")
            elif profile == "commercial":
                if jw:
                    res.append("conflict")
                elif waste is None:
                    res.append("missing")
                elif jz and waste > 0:
                    res.append("conflict")
                else:
                    res.append("met")
            elif jw:
                ok = waste is not None and waste > 0 and \
                    sum(ln["units"] for ln in jw) == math.floor(waste / BU[code] + 1e-9)
                res.append("met" if ok else "conflict")
            elif jz or profile == "medicaid":
                res.append("missing" if waste is None else ("conflict" if waste > 0 else "met"))
            else:
                res.append("conflict")
        r["wastage_documented"] = "conflict" if "conflict" in res else ("missing" if "missing" in res else "met")

    r["lot_number"] = "met" if fl(g, "lot_number") else "missing"
    exps = fl(g, "expiration_date")
    if not exps:
        r["expiration_date"] = "missing"
    else:
        r["expiration_date"] = "conflict" if any(exp_date(f["value"]) < dos for f in exps) else "met"
    st, en = fl(g, "infusion_start"), fl(g, "infusion_end")
    if not st or not en:
        r["infusion_times"] = "missing"
    else:
        r["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"
    r["response_to_therapy"] = "met" if a.get("response_in_progress_note") else "missing"
    if a.get("response_in_progress_note") and not fl(g, "response_to_therapy"):
        err(c["chart_id"], "response flag without finding")
    if profile == "medicare":
        r["prior_authorization"] = "not_applicable"
    else:
        r["prior_authorization"] = "met" if (c.get("prior_authorization") or fl(g, "prior_authorization")) else "missing"

    prods = set(a.get("product_dos") or [])
    if not prods <= {f["value"] for f in fl(g, "drug_product")}:
        err(c["chart_id"], "ARITH product_dos not among drug_product findings")
    if not drug:
        r["code_selection"] = "not_applicable"
    elif any(ln["hcpcs"] == "J0222" for ln in drug):
        r["code_selection"] = "conflict"
    elif not prods:
        r["code_selection"] = "missing"
    else:
        r["code_selection"] = "met" if all(prods <= COVERS[ln["hcpcs"]] for ln in drug) else "conflict"

    if profile in ("medicaid", "commercial"):
        sm = {f["value"] for f in fl(g, "smoking_status")}
        r["smoking_status"] = "missing" if not sm else ("conflict" if "current" in sm else "met")
    if profile == "commercial":
        fv = [f["value"] for f in fl(g, "fev1")]
        r["fev1_range"] = "missing" if not fv else ("met" if all(25 <= v <= 80 for v in fv) else "conflict")
    return r


def check_arith(c, g, a):
    cid = c["chart_id"]
    dos = c.get("date_of_service") or max(d["date"] for d in c["documents"])
    if a.get("dos") != dos:
        err(cid, "ARITH dos")
    dose = a.get("dose_mg")
    gd = [f["value"] for f in fl(g, "dose")]
    if dose is None:
        if gd:
            err(cid, "ARITH has no dose but gold has one")
        return "no A1PI administration"
    if dose not in gd:
        err(cid, "ARITH dose not in gold")
    if a.get("vials_sum_is_dose"):
        if sum(v["mg"] for v in a["vials"]) != dose:
            err(cid, "vials do not sum to dose")
    if a.get("vials") and a.get("waste_mg") is not None:
        tot = sum(v["mg"] for v in a["vials"])
        if tot - dose != a["waste_mg"]:
            err(cid, "vial total %s - dose %s != waste %s" % (tot, dose, a["waste_mg"]))
    out = []
    wkg = a.get("weight_kg")
    if wkg is not None:
        target = 60 * wkg
        pct = (dose - target) / target * 100
        out.append("60x%.1f=%.0f mg, dose %s (%+.1f%%)" % (wkg, target, dose, pct))
        if a.get("dose_match_expected") is not None and (abs(pct) <= 10) != a["dose_match_expected"]:
            err(cid, "dose match expectation")
    code = a.get("code")
    if code:
        bu = BU[code]
        need = math.ceil(dose / bu - 1e-9)
        adm = sum(ln["units"] for ln in c["claim_lines"] if ln["hcpcs"] == code and "JW" not in ln["modifiers"])
        if adm != a["units_billed"]:
            err(cid, "ARITH units_billed vs claim")
        out.append("%s need %d billed %d" % (code, need, adm))
        w = a.get("waste_mg")
        if w:
            out.append("JW need %d billed %s" % (math.floor(w / bu + 1e-9), a.get("jw_units_billed")))
    for lot in a.get("lots", []):
        if {"kind": "lot_number", "value": lot["lot"]} not in g["findings"]:
            err(cid, "ARITH lot %s not in gold" % lot["lot"])
        if lot.get("exp") and {"kind": "expiration_date", "value": lot["exp"]} not in g["findings"]:
            err(cid, "ARITH exp %s not in gold" % lot["exp"])
        if lot.get("exp"):
            ok = exp_date(lot["exp"]) >= dt.date.fromisoformat(dos)
            out.append("lot %s exp %s %s" % (lot["lot"], lot["exp"], "ok" if ok else "EXPIRED"))
    return "; ".join(out)


def main():
    arith = json.load(open(os.path.join(HERE, "arith.json"), encoding="utf-8"))
    names = sorted(f[:-3] for f in os.listdir(DEFS) if f.startswith("b16_") and f.endswith(".py"))
    n = 0
    verbose = "-v" in sys.argv
    for name in names:
        mod = importlib.import_module(name)
        cid = mod.CHART["chart_id"]
        c = json.load(open(os.path.join(ROOT, "charts", cid + ".json"), encoding="utf-8"))
        g = json.load(open(os.path.join(ROOT, "gold", cid + ".json"), encoding="utf-8"))
        if cid != "b16-%03d" % int(name.split("_")[1]):
            err(cid, "id does not match module name")
        check_chart(c)
        check_gold(c, g)
        check_evidence(c, mod)
        a = arith[cid]
        summary = check_arith(c, g, a)
        d = derive(c, g, a)
        for k, v in g["requirements"].items():
            if d.get(k) != v:
                err(cid, "requirement %s: gold %s, rules give %s" % (k, v, d.get(k)))
        if verbose:
            bad = [k for k, v in g["requirements"].items() if v in ("missing", "conflict")]
            print("%s %-10s %s | gaps: %s" % (cid, g["profile"], summary, ", ".join(
                "%s=%s" % (k, g["requirements"][k]) for k in bad) or "none"))
        n += 1
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("ok (%d charts)" % n)


if __name__ == "__main__":
    main()
