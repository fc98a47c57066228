#!/usr/bin/env python3
"""Validate b7 charts and gold files against CONTRACT.md / ANNOTATION_GUIDE.md, and re-derive
every requirement status from the gold findings + the chart's claim lines (unit arithmetic,
JW floor, 60 mg/kg +/- 10 %, lb->kg, expiration vs DOS, profile rules).

Usage: python3 src/validate.py   (prints "ok" when everything passes)
"""
import calendar
import datetime as dt
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHARTS = os.path.join(ROOT, "charts")
GOLD = os.path.join(ROOT, "gold")

BASE_REQS = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence", "patient_weight",
    "dose_administered", "dose_matches_weight", "units_match_dose", "wastage_documented", "lot_number",
    "expiration_date", "infusion_times", "response_to_therapy", "prior_authorization", "code_selection",
]
PROFILE_REQS = {
    "medicare": BASE_REQS,
    "medicaid": BASE_REQS + ["smoking_status"],
    "commercial": BASE_REQS + ["smoking_status", "fev1_range"],
}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
BILLING_UNIT = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
CODE_PRODUCTS = {
    "J2252": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"},
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKING = {"never", "former", "current"}
SERUM_UNITS = {"mg/dL", "g/L", "uM"}
THRESH = {"uM": 11.0, "mg/dL": 57.0, "g/L": 0.57}
LB = 0.45359237

# kind -> required fields besides "kind"
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

# Weight dated nearest the DOS, for charts with more than one weight finding (kg).
DOS_WEIGHT_KG = {
    "b7-001": 78.2,
    "b7-005": 65.8,
    "b7-006": 84.5,
    "b7-008": 82.9,
    "b7-010": 76.2,
    "b7-011": 61.0,
    "b7-013": 52.1,
    "b7-014": 79.8,
    "b7-016": 63.5,
}

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def is_iso(s):
    try:
        dt.date.fromisoformat(s)
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s))
    except Exception:
        return False


def exp_last_day(v):
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = map(int, v.split("-"))
        return dt.date(y, m, calendar.monthrange(y, m)[1])
    return dt.date.fromisoformat(v)


def allele_key(a):
    order = {"M": 0, "S": 1, "Z": 2}
    if a == "NULL":
        return (4, a)
    if a in order:
        return (order[a], a)
    return (3, a)


def num_variants(v):
    """Textual forms a mg amount may take in a document."""
    out = set()
    iv = int(v) if float(v).is_integer() else v
    out.add(str(iv))
    if isinstance(iv, int):
        out.add(f"{iv:,}")
        if iv % 1000 == 0:
            out.add(f"{iv // 1000} g")
    return out


def time_variants(hhmm):
    h, m = map(int, hhmm.split(":"))
    out = {f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h}:{m:02d}"}
    h12 = h % 12 or 12
    ap = "a" if h < 12 else "p"
    out |= {f"{h12}:{m:02d}{ap}", f"{h12}:{m:02d} {ap.upper()}M", f"{h12}:{m:02d}{ap.upper()}M"}
    return out


def check_chart(path):
    with open(path) as f:
        c = json.load(f)
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err(path, "chart_id missing")
        return None
    if os.path.basename(path) != cid + ".json":
        err(cid, "file name does not match chart_id")
    allowed = {"chart_id", "date_of_service", "payer", "prior_authorization", "claim_lines", "documents"}
    extra = set(c) - allowed
    if extra:
        err(cid, f"unexpected chart keys {extra}")
    if "date_of_service" in c and not is_iso(c["date_of_service"]):
        err(cid, "date_of_service not ISO")
    p = c.get("payer", {})
    if p.get("profile") not in PROFILE_REQS:
        err(cid, f"bad payer.profile {p.get('profile')}")
    if set(p) - {"profile", "name"}:
        err(cid, f"unexpected payer keys {set(p) - {'profile', 'name'}}")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization must be a string")
    for ln in c.get("claim_lines", []):
        if set(ln) != {"hcpcs", "units", "modifiers"}:
            err(cid, f"claim line keys {set(ln)}")
        if not isinstance(ln.get("units"), (int, float)) or isinstance(ln.get("units"), bool):
            err(cid, "claim units not a number")
        if not isinstance(ln.get("modifiers"), list) or not all(isinstance(m, str) for m in ln["modifiers"]):
            err(cid, "modifiers must be a list of strings")
    docs = c.get("documents")
    if not isinstance(docs, list) or not (2 <= len(docs) <= 6):
        err(cid, "documents must be a list of 2-6")
        return c
    ids = set()
    for d in docs:
        if set(d) != {"id", "type", "date", "text"}:
            err(cid, f"document keys {set(d)}")
        if d.get("id") in ids:
            err(cid, f"duplicate document id {d.get('id')}")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, f"bad document type {d.get('type')}")
        if not is_iso(d.get("date", "")):
            err(cid, f"document {d.get('id')} date not ISO")
        n = d.get("text", "").count("\n")
        if n < 10 or n > 140:
            err(cid, f"document {d.get('id')} has {n} lines")
    return c


def check_finding(cid, f):
    k = f.get("kind")
    if k not in KIND_FIELDS:
        err(cid, f"unknown finding kind {k}")
        return
    if set(f) - {"kind"} != KIND_FIELDS[k]:
        err(cid, f"finding {k} fields {set(f) - {'kind'}} != {KIND_FIELDS[k]}")
        return
    v = f.get("value")
    if k == "genotype":
        a = f["alleles"]
        if not (isinstance(a, list) and len(a) == 2 and all(isinstance(x, str) and x == x.upper() for x in a)):
            err(cid, f"genotype alleles malformed {a}")
        elif sorted(a, key=allele_key) != a:
            err(cid, f"genotype alleles not in canonical order {a}")
    elif k == "serum_aat":
        if f["unit"] not in SERUM_UNITS or not isinstance(v, (int, float)):
            err(cid, f"serum_aat malformed {f}")
    elif k == "weight":
        if f["unit"] == "kg":
            exp = round(float(v), 1)
        elif f["unit"] == "lb":
            exp = round(float(v) * LB, 1)
        else:
            err(cid, f"weight unit {f['unit']}")
            return
        if abs(exp - f["value_kg"]) > 1e-9:
            err(cid, f"weight value_kg {f['value_kg']} != {exp} for {v} {f['unit']}")
    elif k in ("dose", "wastage", "fev1"):
        if not isinstance(v, (int, float)) or v < 0:
            err(cid, f"{k} value malformed {v}")
    elif k == "expiration_date":
        if not (re.fullmatch(r"\d{4}-\d{2}", v) or is_iso(v)):
            err(cid, f"expiration value {v}")
    elif k in ("infusion_start", "infusion_end"):
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
            err(cid, f"{k} value {v}")
    elif k == "lung_disease":
        if v not in LUNG:
            err(cid, f"lung_disease {v}")
    elif k == "smoking_status":
        if v not in SMOKING:
            err(cid, f"smoking {v}")
    elif k == "drug_product":
        if v not in PRODUCTS:
            err(cid, f"drug_product {v}")
    elif k in ("lot_number", "prior_authorization"):
        if not isinstance(v, str) or not v:
            err(cid, f"{k} value {v}")


def derive(c, g):
    """Re-derive requirement statuses from gold findings + chart, per ANNOTATION_GUIDE.md."""
    cid = c["chart_id"]
    prof = c["payer"]["profile"]
    docs_dates = [d["date"] for d in c["documents"]]
    dos = dt.date.fromisoformat(c.get("date_of_service") or max(docs_dates))
    F = g["findings"]
    by = {}
    for f in F:
        by.setdefault(f["kind"], []).append(f)
    r = {}
    r["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"

    serums = by.get("serum_aat", [])
    low = any(s["value"] < THRESH[s["unit"]] for s in serums)
    r["serum_aat_level"] = "missing" if not serums else ("met" if low else "conflict")

    gts = by.get("genotype", [])
    def deficient(a):
        if all(x in DEFICIENT for x in a):
            return True
        if sorted(a) == ["S", "Z"]:
            return low if prof == "commercial" else True
        return False
    r["genotype"] = "missing" if not gts else ("met" if any(deficient(x["alleles"]) for x in gts) else "conflict")

    r["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"
    weights = by.get("weight", [])
    r["patient_weight"] = "met" if weights else "missing"
    doses = {d["value"] for d in by.get("dose", [])}
    r["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")

    if len(doses) == 1 and weights:
        dose = next(iter(doses))
        if len(weights) == 1:
            wkg = weights[0]["value_kg"]
        else:
            if cid not in DOS_WEIGHT_KG:
                err(cid, "several weights but no DOS_WEIGHT_KG entry")
                wkg = weights[0]["value_kg"]
            else:
                wkg = DOS_WEIGHT_KG[cid]
                if wkg not in [w["value_kg"] for w in weights]:
                    err(cid, "DOS weight not among weight findings")
        target = 60 * wkg
        r["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target + 1e-9 else "conflict"
    else:
        dose = None
        r["dose_matches_weight"] = "missing"

    lines = c.get("claim_lines") or []
    drug = [l for l in lines if l["hcpcs"] in BILLING_UNIT]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]
    if not drug:
        r["units_match_dose"] = "not_applicable"
    elif dose is None:
        r["units_match_dose"] = "missing"
    else:
        ok = True
        for code in {l["hcpcs"] for l in admin}:
            billed = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if billed != math.ceil(dose / BILLING_UNIT[code] - 1e-9):
                ok = False
        if not admin:
            ok = False
        r["units_match_dose"] = "met" if ok else "conflict"

    wastes = [w["value"] for w in by.get("wastage", [])]
    waste = max(wastes) if wastes else None
    if not drug:
        r["wastage_documented"] = "met" if wastes else "missing"
    elif prof == "commercial":
        if jw:
            r["wastage_documented"] = "conflict"
        elif any("JZ" in l["modifiers"] for l in admin) and waste and waste > 0:
            r["wastage_documented"] = "conflict"
        else:
            r["wastage_documented"] = "met" if wastes else "missing"
    else:
        codes = {l["hcpcs"] for l in drug}
        both = any(any("JW" in l["modifiers"] for l in drug if l["hcpcs"] == cd) and
                   any("JZ" in l["modifiers"] for l in drug if l["hcpcs"] == cd) for cd in codes)
        has_jz = any("JZ" in l["modifiers"] for l in admin)
        if both:
            r["wastage_documented"] = "conflict"
        elif jw:
            ok = waste is not None and waste > 0 and all(
                sum(l["units"] for l in jw if l["hcpcs"] == cd) == math.floor(waste / BILLING_UNIT[cd] + 1e-9)
                for cd in {l["hcpcs"] for l in jw})
            r["wastage_documented"] = "met" if ok else "conflict"
        elif has_jz or prof == "medicaid":
            if waste is None:
                r["wastage_documented"] = "missing"
            else:
                r["wastage_documented"] = "met" if waste == 0 else "conflict"
        else:
            r["wastage_documented"] = "conflict"

    r["lot_number"] = "met" if by.get("lot_number") else "missing"
    exps = by.get("expiration_date", [])
    if not exps:
        r["expiration_date"] = "missing"
    else:
        r["expiration_date"] = "conflict" if any(exp_last_day(e["value"]) < dos for e in exps) else "met"
    st, en = by.get("infusion_start"), by.get("infusion_end")
    if st and en:
        r["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"
    else:
        r["infusion_times"] = "missing"
    r["response_to_therapy"] = "met" if by.get("response_to_therapy") else "missing"
    if prof == "medicare":
        r["prior_authorization"] = "not_applicable"
    else:
        r["prior_authorization"] = "met" if (c.get("prior_authorization") or by.get("prior_authorization")) else "missing"
    if not drug:
        r["code_selection"] = "not_applicable"
    else:
        prods = {p["value"] for p in by.get("drug_product", [])}
        if not prods:
            r["code_selection"] = "missing"
        else:
            r["code_selection"] = "met" if all(CODE_PRODUCTS[l["hcpcs"]] & prods for l in drug) else "conflict"
    if prof in ("medicaid", "commercial"):
        sm = {s["value"] for s in by.get("smoking_status", [])}
        r["smoking_status"] = "missing" if not sm else ("conflict" if "current" in sm else "met")
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        r["fev1_range"] = "missing" if not fv else ("met" if all(25 <= x <= 80 for x in fv) else "conflict")
    return r


def text_checks(c, g):
    cid = c["chart_id"]
    alltext = "\n".join(d["text"] for d in c["documents"])
    up = alltext.upper()
    for f in g["findings"]:
        k, v = f["kind"], f.get("value")
        if k in ("lot_number", "prior_authorization"):
            if v.upper() not in up:
                err(cid, f"{k} {v} not found in any document")
        elif k == "dose":
            if not any(x in alltext for x in num_variants(v)):
                err(cid, f"dose {v} not found in text")
        elif k in ("infusion_start", "infusion_end"):
            if not any(x in alltext for x in time_variants(v)):
                err(cid, f"{k} {v} not found in text")
        elif k == "weight":
            sv = str(v)
            if sv not in alltext:
                err(cid, f"weight {v} not found in text")
        elif k == "serum_aat":
            if str(v) not in alltext:
                err(cid, f"serum {v} not found in text")


def main():
    charts = sorted(fn for fn in os.listdir(CHARTS) if fn.endswith(".json"))
    golds = sorted(fn for fn in os.listdir(GOLD) if fn.endswith(".json"))
    if charts != golds:
        err("all", f"chart/gold file sets differ: {set(charts) ^ set(golds)}")
    summary = {"complete": 0, "gap": 0}
    for fn in charts:
        c = check_chart(os.path.join(CHARTS, fn))
        if c is None:
            continue
        cid = c["chart_id"]
        gp = os.path.join(GOLD, fn)
        if not os.path.exists(gp):
            continue
        with open(gp) as f:
            g = json.load(f)
        if set(g) != {"chart_id", "profile", "requirements", "findings", "notes"}:
            err(cid, f"gold keys {set(g)}")
        if g.get("chart_id") != cid:
            err(cid, "gold chart_id mismatch")
        prof = c["payer"]["profile"]
        if g.get("profile") != prof:
            err(cid, "gold profile differs from chart payer.profile")
        req = g.get("requirements", {})
        if set(req) != set(PROFILE_REQS[prof]):
            err(cid, f"requirement ids differ: {set(req) ^ set(PROFILE_REQS[prof])}")
        for k, s in req.items():
            if s not in STATUSES:
                err(cid, f"bad status {k}={s}")
        seen = set()
        for f in g.get("findings", []):
            check_finding(cid, f)
            key = json.dumps(f, sort_keys=True)
            if key in seen:
                err(cid, f"duplicate finding {key}")
            seen.add(key)
        derived = derive(c, g)
        for k in PROFILE_REQS[prof]:
            if derived.get(k) != req.get(k):
                err(cid, f"requirement {k}: gold {req.get(k)} but derived {derived.get(k)}")
        text_checks(c, g)
        if all(s in ("met", "not_applicable") for s in req.values()):
            summary["complete"] += 1
        else:
            summary["gap"] += 1
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    print(f"charts: {len(charts)}  complete: {summary['complete']}  incomplete: {summary['gap']}")
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
