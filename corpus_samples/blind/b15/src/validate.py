"""Validate the b15 charts and gold against CONTRACT.md and ANNOTATION_GUIDE.md, and redo the
arithmetic of every date-of-service administration. Prints "ok (N charts)" or the problems."""
import calendar
import datetime
import glob
import importlib
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "defs"))
from _h import req_ids, LB  # noqa: E402

PROFILES = {"medicare", "medicaid", "commercial"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
COVERS = {
    "J2252": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"},
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKE = {"never", "former", "current"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
KIND_FIELDS = {
    "aatd_diagnosis": set(),
    "genotype": {"alleles"},
    "serum_aat": {"value", "unit"},
    "weight": {"value", "unit", "value_kg"},
    "dose": {"value"},
    "wastage": {"value"},
    "lot_number": {"value"},
    "expiration_date": {"value"},
    "infusion_start": {"value"},
    "infusion_end": {"value"},
    "lung_disease": {"value"},
    "fev1": {"value"},
    "response_to_therapy": set(),
    "prior_authorization": {"value"},
    "smoking_status": {"value"},
    "drug_product": {"value"},
}
DOS_ONLY = {"dose", "wastage", "lot_number", "expiration_date", "infusion_start", "infusion_end"}

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def iso_date(s):
    try:
        return datetime.date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None


def exp_date(v):
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = map(int, v.split("-"))
        return datetime.date(y, m, calendar.monthrange(y, m)[1])
    return iso_date(v)


def allele_key(a):
    order = {"M": 0, "S": 1, "Z": 2}
    if a in order:
        return (order[a], "")
    if a == "NULL":
        return (4, "")
    return (3, a)


def check_chart(c):
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err(cid, "chart_id missing")
    docs = c.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents missing")
        return
    if not 2 <= len(docs) <= 5:
        err(cid, "expected 2-5 documents, got %d" % len(docs))
    ids = set()
    for d in docs:
        for k in ("id", "type", "date", "text"):
            if k not in d:
                err(cid, "document lacks %s" % k)
        if d.get("id") in ids:
            err(cid, "duplicate document id %s" % d.get("id"))
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, "bad document type %r" % d.get("type"))
        if not iso_date(d.get("date", "")):
            err(cid, "bad document date %r" % d.get("date"))
        if not isinstance(d.get("text"), str) or len(d["text"].splitlines()) < 20:
            err(cid, "document %s too short" % d.get("id"))
    if "date_of_service" in c and not iso_date(c["date_of_service"]):
        err(cid, "bad date_of_service")
    prof = c.get("payer", {}).get("profile", "medicare")
    if prof not in PROFILES:
        err(cid, "bad profile %r" % prof)
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization not a string")
    for ln in c.get("claim_lines", []) or []:
        if not isinstance(ln.get("hcpcs"), str):
            err(cid, "claim line hcpcs")
        if not isinstance(ln.get("units"), (int, float)) or isinstance(ln.get("units"), bool):
            err(cid, "claim line units not a number")
        if not isinstance(ln.get("modifiers"), list) or not all(isinstance(m, str) for m in ln["modifiers"]):
            err(cid, "claim line modifiers")


def check_finding(cid, f):
    k = f.get("kind")
    if k not in KIND_FIELDS:
        err(cid, "unknown finding kind %r" % k)
        return
    fields = {x for x in f if x != "kind"}
    if fields != KIND_FIELDS[k]:
        err(cid, "finding %s fields %s != %s" % (k, sorted(fields), sorted(KIND_FIELDS[k])))
        return
    v = f.get("value")
    if k == "genotype":
        a = f["alleles"]
        if len(a) != 2 or any(x != x.upper() or not x for x in a):
            err(cid, "genotype alleles %r" % a)
        if sorted(a, key=allele_key) != a:
            err(cid, "genotype not in canonical order %r" % a)
    elif k == "serum_aat":
        if f["unit"] not in ("mg/dL", "g/L", "uM") or not isinstance(v, (int, float)):
            err(cid, "serum_aat %r" % f)
    elif k == "weight":
        if f["unit"] not in ("kg", "lb") or not isinstance(v, (int, float)):
            err(cid, "weight %r" % f)
        exp = round(v, 1) if f["unit"] == "kg" else round(v * LB, 1)
        if abs(exp - f["value_kg"]) > 1e-9:
            err(cid, "weight value_kg %r expected %r" % (f["value_kg"], exp))
    elif k in ("dose", "wastage", "fev1"):
        if not isinstance(v, (int, float)):
            err(cid, "%s value %r" % (k, v))
    elif k == "expiration_date":
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) or re.fullmatch(r"\d{4}-\d{2}", v)) or not exp_date(v):
            err(cid, "expiration %r" % v)
    elif k in ("infusion_start", "infusion_end"):
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
            err(cid, "time %r" % v)
    elif k == "lung_disease" and v not in LUNG:
        err(cid, "lung %r" % v)
    elif k == "smoking_status" and v not in SMOKE:
        err(cid, "smoking %r" % v)
    elif k == "drug_product" and v not in PRODUCTS:
        err(cid, "product %r" % v)
    elif k in ("lot_number", "prior_authorization") and (not isinstance(v, str) or not v):
        err(cid, "%s %r" % (k, v))


def norm_key(f):
    k = f["kind"]
    if k == "genotype":
        return (k, tuple(f["alleles"]))
    if k == "weight":
        return (k, f["value"], f["unit"])
    if k == "serum_aat":
        return (k, f["value"], f["unit"])
    return (k, f.get("value"))


def serum_low(f):
    rid = f.get("_rid", False)
    v, u = f["value"], f["unit"]
    if u == "uM":
        return v < 11
    if u == "mg/dL":
        return v < (80 if rid else 57)
    return v < (0.8 if rid else 0.57)


def derive(chart, gold_priv, arith):
    """Expected requirement statuses from the gold findings, the claim lines and ARITH."""
    prof = chart.get("payer", {}).get("profile", "medicare")
    dos = iso_date(chart.get("date_of_service") or max(d["date"] for d in chart["documents"]))
    fs = gold_priv["findings"]
    by = {}
    for f in fs:
        by.setdefault(f["kind"], []).append(f)
    st = {}
    st["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"
    serum_ok = any(serum_low(f) for f in by.get("serum_aat", []))

    def deficient(a):
        if all(x in DEFICIENT for x in a):
            return True
        if sorted(a) == ["S", "Z"]:
            return serum_ok if prof == "commercial" else True
        return False
    gts = by.get("genotype", [])
    st["genotype"] = "missing" if not gts else ("met" if any(deficient(g["alleles"]) for g in gts) else "conflict")
    ser = by.get("serum_aat", [])
    st["serum_aat_level"] = "missing" if not ser else ("met" if serum_ok else "conflict")
    st["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"
    st["patient_weight"] = "met" if by.get("weight") else "missing"
    doses = sorted({f["value"] for f in by.get("dose", [])})
    st["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    dose = doses[0] if len(doses) == 1 else None
    wkg = arith.get("weight_kg")
    if dose is None or wkg is None:
        st["dose_matches_weight"] = "missing"
    else:
        target = 60 * wkg
        st["dose_matches_weight"] = "met" if abs(dose - target) <= 0.1 * target + 1e-9 else "conflict"
    lines = chart.get("claim_lines") or []
    drug = [l for l in lines if l["hcpcs"] in BU]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    if not drug:
        st["units_match_dose"] = "not_applicable"
    elif dose is None:
        st["units_match_dose"] = "missing"
    else:
        ok = True
        for code in {l["hcpcs"] for l in admin}:
            s = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if s != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        st["units_match_dose"] = "met" if ok and admin else "conflict"
    wastes = sorted({f["value"] for f in by.get("wastage", [])})
    waste = wastes[0] if len(wastes) == 1 else (None if not wastes else max(wastes))
    if not drug:
        st["wastage_documented"] = "met" if wastes else "missing"
    else:
        codes = {l["hcpcs"] for l in drug}
        jw = [l for l in drug if "JW" in l["modifiers"]]
        jz = [l for l in drug if "JZ" in l["modifiers"]]
        both = any(any(l["hcpcs"] == c for l in jw) and any(l["hcpcs"] == c for l in jz) for c in codes)
        if prof == "commercial":
            if jw or both:
                s = "conflict"
            elif jz and waste is not None and waste > 0:
                s = "conflict"
            else:
                s = "met" if wastes else "missing"
        else:
            if both:
                s = "conflict"
            elif jw:
                ok = waste is not None and waste > 0
                if ok:
                    for c in {l["hcpcs"] for l in jw}:
                        if sum(l["units"] for l in jw if l["hcpcs"] == c) != math.floor(waste / BU[c] + 1e-9):
                            ok = False
                s = "met" if ok else "conflict"
            elif jz or prof == "medicaid":
                s = "missing" if waste is None else ("met" if waste == 0 else "conflict")
            else:
                s = "conflict"
        st["wastage_documented"] = s
    st["lot_number"] = "met" if by.get("lot_number") else "missing"
    exps = by.get("expiration_date", [])
    if not exps:
        st["expiration_date"] = "missing"
    else:
        st["expiration_date"] = "conflict" if any(exp_date(f["value"]) < dos for f in exps) else "met"
    s_ = by.get("infusion_start", [])
    e_ = by.get("infusion_end", [])
    if not s_ or not e_:
        st["infusion_times"] = "missing"
    else:
        st["infusion_times"] = "conflict" if e_[0]["value"] < s_[0]["value"] else "met"
    pn = {d["id"] for d in chart["documents"] if d["type"] == "progress_note"}
    st["response_to_therapy"] = "met" if any(f["_ev"][0] in pn for f in by.get("response_to_therapy", [])) else "missing"
    if prof == "medicare":
        st["prior_authorization"] = "not_applicable"
    else:
        st["prior_authorization"] = "met" if (chart.get("prior_authorization") or by.get("prior_authorization")) else "missing"
    prods = {f["value"] for f in by.get("drug_product", [])}
    if not drug:
        st["code_selection"] = "not_applicable"
    elif not prods:
        st["code_selection"] = "missing"
    else:
        st["code_selection"] = "met" if all(COVERS[l["hcpcs"]] & prods for l in drug) else "conflict"
    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in by.get("smoking_status", [])}
        st["smoking_status"] = "conflict" if "current" in sm else ("met" if sm else "missing")
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        st["fev1_range"] = "missing" if not fv else ("met" if any(25 <= v <= 80 for v in fv) else "conflict")
    return st


def check_arith(cid, chart, gold_priv, a):
    dos = iso_date(chart.get("date_of_service") or max(d["date"] for d in chart["documents"]))
    if a.get("negative_control"):
        if any(f["kind"] in DOS_ONLY for f in gold_priv["findings"]):
            err(cid, "negative control has DOS administration findings")
        return
    fs = gold_priv["findings"]
    wk = {f["value_kg"] for f in fs if f["kind"] == "weight"}
    if a.get("weight_kg") is not None and a["weight_kg"] not in wk:
        err(cid, "ARITH weight %r not among weight findings %r" % (a["weight_kg"], sorted(wk)))
    doses = {f["value"] for f in fs if f["kind"] == "dose"}
    if a.get("dose_mg") is not None and a["dose_mg"] not in doses:
        err(cid, "ARITH dose not a finding")
    bu = BU[a["code"]]
    dose = a["dose_mg"]
    exp_units = math.ceil(dose / bu - 1e-9)
    a["_units_expected"] = exp_units
    if a.get("weight_kg") is not None:
        tgt = 60 * a["weight_kg"]
        a["_target_mg"] = round(tgt, 1)
        a["_pct_vs_target"] = round(100.0 * (dose - tgt) / tgt, 1)
    lines = [l for l in chart.get("claim_lines", []) if l["hcpcs"] == a["code"]]
    adm = sum(l["units"] for l in lines if "JW" not in l["modifiers"])
    jw = sum(l["units"] for l in lines if "JW" in l["modifiers"])
    if adm != a["billed_admin_units"] or jw != a["billed_jw_units"]:
        err(cid, "ARITH billed units differ from claim lines")
    if a.get("waste_mg"):
        a["_jw_expected"] = math.floor(a["waste_mg"] / bu + 1e-9)
    lots = {f["value"] for f in fs if f["kind"] == "lot_number"}
    exps = {f["value"] for f in fs if f["kind"] == "expiration_date"}
    for lot in a.get("lots", []):
        if lot.get("lot") and lot["lot"] not in lots:
            err(cid, "ARITH lot %s not a finding" % lot["lot"])
        if lot.get("exp"):
            if lot["exp"] not in exps:
                err(cid, "ARITH exp %s not a finding" % lot["exp"])
            lot["_expired_on_dos"] = exp_date(lot["exp"]) < dos
    chk = a.get("check", {})
    if a.get("weight_kg") is not None:
        tgt = 60 * a["weight_kg"]
        if abs(chk.get("target_mg_60_per_kg", -1) - round(tgt, 1)) > 1e-6:
            err(cid, "check.target_mg wrong")
        if chk.get("within_10_pct") != (abs(dose - tgt) <= 0.1 * tgt):
            err(cid, "check.within_10_pct wrong")
    if chk.get("admin_units_expected") != exp_units:
        err(cid, "check.admin_units_expected wrong")
    if chk.get("jw_units_expected") != (math.floor(a["waste_mg"] / bu + 1e-9) if a.get("waste_mg") else 0):
        err(cid, "check.jw_units_expected wrong")
    for lot in a.get("lots", []):
        if chk.get("lots_expired_on_dos", {}).get(lot["lot"]) != (exp_date(lot["exp"]) < dos):
            err(cid, "check.lots_expired_on_dos wrong for %s" % lot["lot"])
    if "vial_total_mg" in a and a.get("waste_mg") is not None:
        if a["vial_total_mg"] - dose != a["waste_mg"]:
            err(cid, "vial total - dose != waste")


def main():
    mods = {}
    for path in sorted(glob.glob(os.path.join(HERE, "defs", "b15_0*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        m = importlib.import_module(name)
        mods[m.CHART["chart_id"]] = m
    with open(os.path.join(HERE, "arith.json")) as fh:
        arith = json.load(fh)
    n = 0
    for cid, m in sorted(mods.items()):
        n += 1
        with open(os.path.join(OUT, "charts", cid + ".json")) as fh:
            chart = json.load(fh)
        with open(os.path.join(OUT, "gold", cid + ".json")) as fh:
            gold = json.load(fh)
        if chart != m.CHART:
            err(cid, "charts/ file stale; rerun build.py")
        check_chart(chart)
        prof = chart.get("payer", {}).get("profile", "medicare")
        if gold.get("chart_id") != cid:
            err(cid, "gold chart_id")
        if gold.get("profile") != prof:
            err(cid, "gold profile %r != chart %r" % (gold.get("profile"), prof))
        if list(gold["requirements"]) != req_ids(prof):
            err(cid, "requirement ids differ from profile set")
        for k, v in gold["requirements"].items():
            if v not in STATUSES:
                err(cid, "status %r for %s" % (v, k))
        if not isinstance(gold.get("notes"), str):
            err(cid, "notes missing")
        seen = set()
        texts = {d["id"]: d["text"] for d in chart["documents"]}
        for fp, f in zip(m.GOLD["findings"], gold["findings"]):
            check_finding(cid, f)
            key = norm_key(f)
            if key in seen:
                err(cid, "duplicate finding %r" % (key,))
            seen.add(key)
            doc, snip = fp["_ev"]
            if doc not in texts or snip not in texts[doc]:
                err(cid, "evidence not found for %r: %r in %s" % (key, snip, doc))
        for k in ("aatd_diagnosis", "response_to_therapy"):
            if sum(1 for f in gold["findings"] if f["kind"] == k) > 1:
                err(cid, "more than one %s finding" % k)
        a = arith.get(cid)
        if a is None:
            err(cid, "no ARITH")
            continue
        check_arith(cid, chart, m.GOLD, a)
        exp = derive(chart, m.GOLD, a)
        for k in req_ids(prof):
            if exp[k] != gold["requirements"][k]:
                err(cid, "requirement %s: gold %s, derived %s" % (k, gold["requirements"][k], exp[k]))
    if errors:
        print("\n".join(errors))
        print("FAILED (%d problems, %d charts)" % (len(errors), n))
        sys.exit(1)
    print("ok (%d charts)" % n)


if __name__ == "__main__":
    main()
