#!/usr/bin/env python3
"""Validate batch b13: contract shape of charts, guide shape of gold, evidence snippets,
and the arithmetic / rule derivation of every requirement status from the gold findings.

Prints "ok (N charts)" when everything passes; otherwise lists the problems and exits 1.
"""
import calendar
import datetime as dt
import importlib.util
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFS = os.path.join(HERE, "defs")

BASE_REQS = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence", "patient_weight",
    "dose_administered", "dose_matches_weight", "units_match_dose", "wastage_documented",
    "lot_number", "expiration_date", "infusion_times", "response_to_therapy",
    "prior_authorization", "code_selection",
]
PROFILE_EXTRA = {"medicare": [], "medicaid": ["smoking_status"],
                 "commercial": ["smoking_status", "fev1_range"]}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
BU = {"J2252": 1.0, "J0256": 10.0, "J0257": 10.0, "J0222": 0.1}
DRUG_CODES = set(BU)
COVERS = {
    "J2252": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"},
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_YM = re.compile(r"^\d{4}-\d{2}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def is_date(s):
    if not isinstance(s, str) or not ISO.match(s):
        return False
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def exp_effective(v):
    if ISO.match(v):
        return dt.date.fromisoformat(v)
    y, m = map(int, v.split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def allele_order(a):
    if a == "M":
        return (0, a)
    if a == "S":
        return (1, a)
    if a == "Z":
        return (2, a)
    if a == "NULL":
        return (4, a)
    return (3, a)


def fkey(f):
    k = f["kind"]
    if k in ("aatd_diagnosis", "response_to_therapy"):
        return k
    if k == "genotype":
        return "genotype:" + ",".join(f["alleles"])
    if k == "serum_aat":
        return "serum_aat:%s:%s" % (num(f["value"]), f["unit"])
    if k == "weight":
        return "weight:%s" % num(f["value"])
    return "%s:%s" % (k, num(f["value"]) if isinstance(f["value"], (int, float)) else f["value"])


def num(x):
    if isinstance(x, float) and x.is_integer():
        return "%.1f" % x
    return str(x)


def load_mod(path):
    name = os.path.basename(path)[:-3]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ----------------------------------------------------------------- chart checks
def check_chart(c):
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not re.match(r"^b13-\d{3}$", cid):
        err(cid, "bad chart_id")
    if "date_of_service" in c and not is_date(c["date_of_service"]):
        err(cid, "bad date_of_service")
    p = c.get("payer", {})
    if p.get("profile") not in PROFILE_EXTRA:
        err(cid, "bad payer.profile")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization not a string")
    for cl in c.get("claim_lines", []):
        if set(cl) != {"hcpcs", "units", "modifiers"}:
            err(cid, "claim line keys %s" % sorted(cl))
        if not isinstance(cl.get("units"), (int, float)) or cl["units"] <= 0:
            err(cid, "bad units")
        if not isinstance(cl.get("modifiers"), list):
            err(cid, "modifiers not list")
    docs = c.get("documents")
    if not docs:
        err(cid, "no documents")
        return
    ids = set()
    for d in docs:
        if d.get("id") in ids:
            err(cid, "duplicate doc id")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, "bad doc type %r" % d.get("type"))
        if not is_date(d.get("date")):
            err(cid, "bad doc date %r" % d.get("date"))
        t = d.get("text")
        if not isinstance(t, str) or len(t.splitlines()) < 8:
            err(cid, "doc %s text too short" % d.get("id"))
        if "\t" in (t or ""):
            err(cid, "tab in doc %s" % d.get("id"))


def dos_of(c):
    if c.get("date_of_service"):
        return dt.date.fromisoformat(c["date_of_service"])
    return max(dt.date.fromisoformat(d["date"]) for d in c["documents"])


# ----------------------------------------------------------------- gold checks
def check_gold(c, g):
    cid = c["chart_id"]
    if g.get("chart_id") != cid:
        err(cid, "gold chart_id mismatch")
    prof = c["payer"]["profile"]
    if g.get("profile") != prof:
        err(cid, "gold profile mismatch")
    want = set(BASE_REQS + PROFILE_EXTRA[prof])
    if set(g["requirements"]) != want:
        err(cid, "requirement ids differ: %s" % sorted(set(g["requirements"]) ^ want))
    for k, v in g["requirements"].items():
        if v not in STATUSES:
            err(cid, "bad status %s=%s" % (k, v))
    seen = set()
    for f in g["findings"]:
        k = f.get("kind")
        if k not in KIND_FIELDS:
            err(cid, "unknown kind %r" % k)
            continue
        extra = set(f) - {"kind"}
        if extra != KIND_FIELDS[k]:
            err(cid, "finding %s fields %s" % (k, sorted(extra)))
            continue
        key = fkey(f)
        if key in seen:
            err(cid, "duplicate finding %s" % key)
        seen.add(key)
        if k == "genotype":
            al = f["alleles"]
            if len(al) != 2 or any(a != a.upper() for a in al):
                err(cid, "bad alleles %s" % al)
            if sorted(al, key=allele_order) != al:
                err(cid, "alleles not canonical %s" % al)
        elif k == "serum_aat":
            if f["unit"] not in ("mg/dL", "g/L", "uM"):
                err(cid, "serum unit %s" % f["unit"])
        elif k == "weight":
            if f["unit"] == "kg":
                if abs(f["value_kg"] - f["value"]) > 1e-9:
                    err(cid, "kg weight value_kg differs")
            elif f["unit"] == "lb":
                if round(f["value"] * 0.45359237, 1) != f["value_kg"]:
                    err(cid, "lb->kg wrong for %s" % f["value"])
            else:
                err(cid, "weight unit %s" % f["unit"])
        elif k in ("dose", "wastage"):
            if not isinstance(f["value"], (int, float)) or f["value"] < 0:
                err(cid, "bad %s value" % k)
        elif k == "expiration_date":
            v = f["value"]
            if not (is_date(v) or ISO_YM.match(v)):
                err(cid, "bad expiration %s" % v)
        elif k in ("infusion_start", "infusion_end"):
            if not HHMM.match(f["value"]):
                err(cid, "bad time %s" % f["value"])
        elif k == "lung_disease":
            if f["value"] not in LUNG:
                err(cid, "bad lung %s" % f["value"])
        elif k == "smoking_status":
            if f["value"] not in ("never", "former", "current"):
                err(cid, "bad smoking %s" % f["value"])
        elif k == "drug_product":
            if f["value"] not in PRODUCTS:
                err(cid, "bad product %s" % f["value"])
        elif k == "fev1":
            if not isinstance(f["value"], (int, float)) or not 5 <= f["value"] <= 150:
                err(cid, "bad fev1")
    if not g.get("notes"):
        err(cid, "gold notes empty")


def check_evidence(c, g, evid):
    cid = c["chart_id"]
    texts = {d["id"]: d["text"] for d in c["documents"]}
    keys = {fkey(f) for f in g["findings"]}
    covered = set()
    for key, doc, snip in evid:
        if doc not in texts:
            err(cid, "evidence doc %s missing" % doc)
            continue
        if snip not in texts[doc]:
            err(cid, "evidence snippet not in %s: %r" % (doc, snip))
        if key not in keys:
            err(cid, "evidence key %s has no gold finding" % key)
        covered.add(key)
    for k in keys - covered:
        err(cid, "gold finding %s has no evidence snippet" % k)


# ----------------------------------------------------------------- rule derivation
def below(f, rid_values):
    v, u = f["value"], f["unit"]
    rid = v in rid_values
    if u == "uM":
        return v < 11
    if u == "mg/dL":
        return v < (80 if rid else 57)
    if u == "g/L":
        return v < (0.8 if rid else 0.57)
    return False


def derive(c, g, a):
    prof = c["payer"]["profile"]
    F = {}
    for f in g["findings"]:
        F.setdefault(f["kind"], []).append(f)
    vals = lambda k: [f.get("value") for f in F.get(k, [])]
    st = {}
    dos = dos_of(c)
    st["aatd_diagnosis"] = "met" if F.get("aatd_diagnosis") else "missing"
    serum = F.get("serum_aat", [])
    rid = a.get("rid_serum_values", [])
    serum_low = any(below(f, rid) for f in serum)
    st["serum_aat_level"] = "met" if serum_low else ("conflict" if serum else "missing")
    pairs = [f["alleles"] for f in F.get("genotype", [])]

    def deficient(p):
        if all(x in DEFICIENT for x in p):
            return True
        if p == ["S", "Z"]:
            return prof != "commercial" or serum_low
        return False
    st["genotype"] = ("met" if any(deficient(p) for p in pairs)
                      else ("conflict" if pairs else "missing"))
    st["lung_disease_evidence"] = "met" if F.get("lung_disease") else "missing"
    st["patient_weight"] = "met" if F.get("weight") else "missing"
    doses = vals("dose")
    st["dose_administered"] = ("missing" if not doses else
                               ("met" if len(doses) == 1 else "conflict"))
    if not doses or not F.get("weight"):
        st["dose_matches_weight"] = "missing"
    else:
        w = a["weight_kg"]
        if w not in [f["value_kg"] for f in F["weight"]]:
            err(c["chart_id"], "ARITH weight_kg not among gold weights")
        target = 60.0 * w
        d = doses[0]
        st["dose_matches_weight"] = "met" if abs(d - target) <= 0.1 * target + 1e-9 else "conflict"
        a_pct = round(100.0 * (d - target) / target, 1)
        if "pct_diff" in a and abs(a["pct_diff"] - a_pct) > 0.05:
            err(c["chart_id"], "ARITH pct_diff %s != %s" % (a["pct_diff"], a_pct))
    lines = c.get("claim_lines") or []
    drug = [l for l in lines if l["hcpcs"] in DRUG_CODES]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]
    # units
    if not drug:
        st["units_match_dose"] = "not_applicable"
    elif not doses:
        st["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({l["hcpcs"] for l in admin}):
            billed = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if billed != math.ceil(doses[0] / BU[code] - 1e-9):
                ok = False
        if not admin:
            ok = False
        st["units_match_dose"] = "met" if ok else "conflict"
    # wastage
    wastes = vals("wastage")
    jz = any("JZ" in l["modifiers"] for l in drug)
    if not drug:
        st["wastage_documented"] = "met" if wastes else "missing"
    elif prof == "commercial":
        if jw:
            st["wastage_documented"] = "conflict"
        elif wastes:
            st["wastage_documented"] = "conflict" if (jz and any(w > 0 for w in wastes)) else "met"
        else:
            st["wastage_documented"] = "missing"
    else:
        if jw and jz:
            st["wastage_documented"] = "conflict"
        elif jw:
            ok = len(wastes) == 1 and wastes[0] > 0
            if ok:
                for code in {l["hcpcs"] for l in jw}:
                    billed = sum(l["units"] for l in jw if l["hcpcs"] == code)
                    if billed != math.floor(wastes[0] / BU[code] + 1e-9):
                        ok = False
            st["wastage_documented"] = "met" if ok else "conflict"
        elif jz or prof == "medicaid":
            if wastes:
                st["wastage_documented"] = "conflict" if any(w > 0 for w in wastes) else "met"
            else:
                st["wastage_documented"] = "missing"
        else:
            st["wastage_documented"] = "conflict"
    st["lot_number"] = "met" if F.get("lot_number") else "missing"
    exps = vals("expiration_date")
    if not exps:
        st["expiration_date"] = "missing"
    else:
        st["expiration_date"] = ("conflict" if any(exp_effective(e) < dos for e in exps)
                                 else "met")
    s, e = vals("infusion_start"), vals("infusion_end")
    if s and e:
        st["infusion_times"] = "conflict" if e[0] < s[0] else "met"
    else:
        st["infusion_times"] = "missing"
    has_resp = bool(F.get("response_to_therapy"))
    if a.get("response_in_progress_note") and not has_resp:
        err(c["chart_id"], "ARITH says response in progress note but no gold finding")
    st["response_to_therapy"] = "met" if (has_resp and a.get("response_in_progress_note")) else "missing"
    if prof == "medicare":
        st["prior_authorization"] = "not_applicable"
    else:
        st["prior_authorization"] = ("met" if (c.get("prior_authorization") or F.get("prior_authorization"))
                                     else "missing")
    prods = set(vals("drug_product"))
    if not drug:
        st["code_selection"] = "not_applicable"
    elif not prods:
        st["code_selection"] = "missing"
    else:
        ok = all(COVERS[l["hcpcs"]] & prods for l in drug)
        st["code_selection"] = "met" if ok else "conflict"
    if prof in ("medicaid", "commercial"):
        sm = set(vals("smoking_status"))
        st["smoking_status"] = ("conflict" if "current" in sm else
                                ("met" if sm else "missing"))
    if prof == "commercial":
        fv = vals("fev1")
        if not fv:
            st["fev1_range"] = "missing"
        else:
            use = a.get("fev1_for_range")
            if use not in fv:
                err(c["chart_id"], "ARITH fev1_for_range not among gold fev1 findings")
                use = fv[0]
            st["fev1_range"] = "met" if 25 <= use <= 80 else "conflict"
    return st


def check_arith(c, g, a):
    """Redo the DOS administration arithmetic recorded in ARITH."""
    cid = c["chart_id"]
    dos = dos_of(c)
    if a.get("dos") != dos.isoformat():
        err(cid, "ARITH dos differs from chart DOS")
    gd = [f["value"] for f in g["findings"] if f["kind"] == "dose"]
    if a.get("dose_mg") is None:
        if gd:
            err(cid, "ARITH has no dose but gold has one")
        return
    if a["dose_mg"] not in gd:
        err(cid, "ARITH dose not in gold doses")
    if "weight_lb" in a:
        if round(a["weight_lb"] * 0.45359237, 1) != a["weight_kg"]:
            err(cid, "ARITH lb->kg wrong")
    code = a.get("code")
    bu = BU.get(code)
    if bu:
        exp_admin = math.ceil(a["dose_mg"] / bu - 1e-9)
        a["admin_units_expected"] = exp_admin
        billed = a.get("admin_units_billed")
        if a.get("expect_units_ok", True) != (billed == exp_admin):
            err(cid, "ARITH units expectation mismatch: billed %s expected %s" % (billed, exp_admin))
    if "vial_total_mg" in a and a.get("waste_mg") is not None:
        if a["vial_total_mg"] - a["dose_mg"] != a["waste_mg"]:
            err(cid, "ARITH vial total - dose != waste")
    gw = [f["value"] for f in g["findings"] if f["kind"] == "wastage"]
    if a.get("waste_mg") is not None and a.get("waste_documented", True) and a["waste_mg"] not in gw:
        err(cid, "ARITH waste not in gold wastage")
    if a.get("jw_units_billed") and bu:
        exp_jw = math.floor(a["waste_mg"] / bu + 1e-9)
        if a.get("expect_jw_ok", True) != (a["jw_units_billed"] == exp_jw):
            err(cid, "ARITH JW expectation mismatch (billed %s, floor %s)" % (a["jw_units_billed"], exp_jw))
    gl = {f["value"] for f in g["findings"] if f["kind"] == "lot_number"}
    ge = {f["value"] for f in g["findings"] if f["kind"] == "expiration_date"}
    for lot in a.get("lots", []):
        if lot["lot"] not in gl:
            err(cid, "ARITH lot %s not in gold" % lot["lot"])
        if lot.get("exp") and lot["exp"] not in ge:
            err(cid, "ARITH exp %s not in gold" % lot["exp"])
        if lot.get("exp"):
            ok = exp_effective(lot["exp"]) >= dos
            if "expired" in lot and lot["expired"] == ok:
                err(cid, "ARITH expired flag wrong for %s" % lot["lot"])


def main():
    mods = []
    for name in sorted(os.listdir(DEFS)):
        if name.startswith("b13_") and name.endswith(".py"):
            mods.append(load_mod(os.path.join(DEFS, name)))
    with open(os.path.join(HERE, "arith.json"), encoding="utf-8") as f:
        arith = json.load(f)
    n = 0
    for m in mods:
        cid = m.CHART["chart_id"]
        with open(os.path.join(ROOT, "charts", cid + ".json"), encoding="utf-8") as f:
            c = json.load(f)
        with open(os.path.join(ROOT, "gold", cid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if c != m.CHART or g != m.GOLD:
            err(cid, "built files out of date; run build.py")
        check_chart(c)
        check_gold(c, g)
        check_evidence(c, g, m.EVID)
        a = arith.get(cid)
        if a is None:
            err(cid, "no arith record")
            continue
        check_arith(c, g, dict(a))
        if errors:
            pass
        try:
            st = derive(c, g, a)
        except Exception as e:  # noqa
            err(cid, "derive failed: %r" % e)
            continue
        for k, v in st.items():
            if g["requirements"].get(k) != v:
                err(cid, "requirement %s: gold %s, derived %s" % (k, g["requirements"].get(k), v))
        n += 1
    if errors:
        print("\n".join(errors))
        print("FAILED (%d problems)" % len(errors))
        return 1
    print("ok (%d charts)" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
