#!/usr/bin/env python3
"""Validate blind batch b8: chart + gold files against CONTRACT.md / ANNOTATION_GUIDE.md,
and re-derive every requirement status from the gold findings, the claim lines and the
per-chart arithmetic inputs below (weight nearest DOS, dose, waste).

Run: python3 src/validate.py   (prints "ok" when everything checks out)
"""
import json
import math
import os
import re
import sys
from datetime import date

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BASE_REQS = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence",
    "patient_weight", "dose_administered", "dose_matches_weight", "units_match_dose",
    "wastage_documented", "lot_number", "expiration_date", "infusion_times",
    "response_to_therapy", "prior_authorization", "code_selection",
]
PROFILE_EXTRA = {"medicare": [], "medicaid": ["smoking_status"],
                 "commercial": ["smoking_status", "fev1_range"]}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
CHART_KEYS = {"chart_id", "date_of_service", "payer", "prior_authorization", "claim_lines", "documents"}
GOLD_KEYS = {"chart_id", "profile", "requirements", "findings", "notes"}

FINDING_FIELDS = {
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
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKING = {"never", "former", "current"}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
SERUM_UNITS = {"mg/dL", "g/L", "uM"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
BILLING_UNIT = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
CODE_COVERS = {
    "J2252": PRODUCTS,
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
LB_TO_KG = 0.45359237

# Arithmetic inputs per chart (what a reviewer reads off the chart for this DOS).
#   weight: the weight finding (value, unit) nearest the DOS; dose / waste in mg (None = not documented)
#   rid: serum level measured by radial immunodiffusion (80 mg/dL threshold)
#   response_pn: a response statement exists inside a progress_note
CALC = {
    "b8-001": dict(weight=(78.4, "kg"), dose=4500, waste=0, response_pn=True),
    "b8-002": dict(weight=(140.6, "lb"), dose=4000, waste=0, response_pn=True),
    "b8-003": dict(weight=(72.5, "kg"), dose=4350, waste=150, response_pn=True),
    "b8-004": dict(weight=(88.9, "kg"), dose=None, waste=None, response_pn=False),
    "b8-005": dict(weight=(151, "lb"), dose=4000, waste=0, response_pn=False),
    "b8-006": dict(weight=(97.5, "kg"), dose=6000, waste=0, response_pn=True),
    "b8-007": dict(weight=(70.2, "kg"), dose=4200, waste=800, response_pn=True, rid=True),
    "b8-008": dict(weight=(61.2, "kg"), dose=None, waste=None, response_pn=False),
    "b8-009": dict(weight=(172, "lb"), dose=None, waste=None, response_pn=False),
    "b8-010": dict(weight=(84.0, "kg"), dose=5000, waste=0, response_pn=True),
    "b8-011": dict(weight=(80.1, "kg"), dose=4800, waste=200, response_pn=True),
    "b8-012": dict(weight=(140, "lb"), dose=3800, waste=200, response_pn=True),
    "b8-013": dict(weight=(58.6, "kg"), dose=3500, waste=500, response_pn=True),
    "b8-014": dict(weight=(71.3, "kg"), dose=5500, waste=0, response_pn=True),
    "b8-015": dict(weight=(61.0, "kg"), dose=4000, waste=0, response_pn=True),
    "b8-016": dict(weight=(66.0, "kg"), dose=3960, waste=40, response_pn=True),
}

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def iso_date(s):
    try:
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None and date.fromisoformat(s)
    except (TypeError, ValueError):
        return False


def allele_key(a):
    order = {"M": 0, "S": 1, "Z": 2}
    if a in order:
        return (order[a], "")
    if a == "NULL":
        return (4, "")
    return (3, a)


def month_end(ym):
    y, m = map(int, ym.split("-"))
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def exp_date(v):
    return date.fromisoformat(v) if len(v) == 10 else month_end(v)


def time_in_text(hhmm, text):
    h, m = map(int, hhmm.split(":"))
    hours = {f"{h:02d}", str(h)}
    if h > 12:
        hours |= {str(h - 12), f"{h - 12:02d}"}
    for hh in hours:
        if re.search(rf"(?<!\d){hh}\s?[:.h]?{m:02d}(?!\d)", text):
            return True
    return False


def check_chart(path):
    with open(path, encoding="utf-8") as fh:
        c = json.load(fh)
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err(path, "chart_id missing")
        return None
    if os.path.basename(path) != cid + ".json":
        err(cid, "file name does not match chart_id")
    extra = set(c) - CHART_KEYS
    if extra:
        err(cid, f"unexpected chart keys {extra}")
    if "date_of_service" in c and not iso_date(c["date_of_service"]):
        err(cid, "date_of_service not ISO")
    payer = c.get("payer", {})
    if payer.get("profile") not in PROFILE_EXTRA:
        err(cid, "payer.profile invalid")
    if set(payer) - {"profile", "name"}:
        err(cid, f"unexpected payer keys {set(payer) - {'profile', 'name'}}")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization must be a string")
    for ln in c.get("claim_lines", []):
        if set(ln) != {"hcpcs", "units", "modifiers"}:
            err(cid, f"claim line keys {set(ln)}")
        if not isinstance(ln.get("hcpcs"), str) or not isinstance(ln.get("units"), (int, float)):
            err(cid, "claim line hcpcs/units types")
        if not isinstance(ln.get("modifiers"), list) or not all(isinstance(m, str) for m in ln["modifiers"]):
            err(cid, "claim line modifiers must be a list of strings")
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
            err(cid, f"document type {d.get('type')}")
        if not iso_date(d.get("date", "")):
            err(cid, f"document {d.get('id')} date not ISO")
        n = d.get("text", "").count("\n") + 1
        if n < 8:
            err(cid, f"document {d['id']} suspiciously short ({n} lines)")
        if n > 130:
            err(cid, f"document {d['id']} too long ({n} lines)")
    return c


def check_finding(cid, f, alltext, alltext_l):
    kind = f.get("kind")
    if kind not in FINDING_FIELDS:
        err(cid, f"unknown finding kind {kind}")
        return
    fields = set(f) - {"kind"}
    if fields != FINDING_FIELDS[kind]:
        err(cid, f"{kind} fields {fields} != {FINDING_FIELDS[kind]}")
        return
    v = f.get("value")
    if kind == "genotype":
        al = f["alleles"]
        if not (isinstance(al, list) and len(al) == 2 and all(isinstance(a, str) and a == a.upper() for a in al)):
            err(cid, f"genotype alleles {al}")
        elif sorted(al, key=allele_key) != al:
            err(cid, f"genotype alleles not in canonical order {al}")
    elif kind == "serum_aat":
        if f["unit"] not in SERUM_UNITS or not isinstance(v, (int, float)):
            err(cid, f"serum_aat {f}")
    elif kind == "weight":
        if f["unit"] not in ("kg", "lb") or not isinstance(v, (int, float)):
            err(cid, f"weight {f}")
        else:
            exp = round(v * LB_TO_KG + 1e-9, 1) if f["unit"] == "lb" else round(v, 1)
            if abs(f["value_kg"] - exp) > 1e-9:
                err(cid, f"weight value_kg {f['value_kg']} != {exp}")
    elif kind in ("dose", "wastage", "fev1"):
        if not isinstance(v, (int, float)) or v < 0:
            err(cid, f"{kind} value {v}")
    elif kind == "expiration_date":
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) or re.fullmatch(r"\d{4}-\d{2}", v)):
            err(cid, f"expiration format {v}")
    elif kind in ("infusion_start", "infusion_end"):
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
            err(cid, f"{kind} format {v}")
        elif not time_in_text(v, alltext):
            err(cid, f"{kind} {v} not found in any time format in the chart text")
    elif kind == "lung_disease":
        if v not in LUNG:
            err(cid, f"lung_disease {v}")
    elif kind == "smoking_status":
        if v not in SMOKING:
            err(cid, f"smoking {v}")
    elif kind == "drug_product":
        if v not in PRODUCTS:
            err(cid, f"product {v}")
        elif v.lower() not in alltext_l:
            err(cid, f"product {v} not in text")
    elif kind in ("lot_number", "prior_authorization"):
        if not isinstance(v, str) or v not in alltext:
            err(cid, f"{kind} {v!r} not verbatim in text")


def expected_statuses(c, g):
    cid = c["chart_id"]
    prof = c["payer"]["profile"]
    calc = CALC[cid]
    F = g["findings"]
    by = {}
    for f in F:
        by.setdefault(f["kind"], []).append(f)
    docs = c["documents"]
    dos = date.fromisoformat(c.get("date_of_service") or max(d["date"] for d in docs))
    lines = c.get("claim_lines")
    drug_lines = [ln for ln in (lines or []) if ln["hcpcs"] in BILLING_UNIT]
    e = {}
    e["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"

    # genotype
    pairs = [tuple(f["alleles"]) for f in by.get("genotype", [])]
    serum_low = None
    levels = by.get("serum_aat", [])
    if levels:
        def low(f):
            v, u = f["value"], f["unit"]
            if u == "uM":
                return v < 11
            if u == "mg/dL":
                return v < (80 if calc.get("rid") else 57)
            return v < (0.8 if calc.get("rid") else 0.57)
        serum_low = any(low(f) for f in levels)
        e["serum_aat_level"] = "met" if serum_low else "conflict"
    else:
        e["serum_aat_level"] = "missing"

    def deficient(p):
        if all(a in DEFICIENT for a in p):
            return True
        if p == ("S", "Z"):
            return prof != "commercial" or bool(serum_low)
        return False
    if not pairs:
        e["genotype"] = "missing"
    else:
        e["genotype"] = "met" if any(deficient(p) for p in pairs) else "conflict"

    e["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"

    # weight / dose
    wv, wu = calc["weight"]
    wkg = round(wv * LB_TO_KG, 1) if wu == "lb" else wv
    if not any(f["value"] == wv and f["unit"] == wu for f in by.get("weight", [])):
        err(cid, f"CALC weight {wv} {wu} is not a gold weight finding")
    e["patient_weight"] = "met" if by.get("weight") else "missing"
    doses = sorted({f["value"] for f in by.get("dose", [])})
    dose = calc["dose"]
    if dose is None:
        if doses:
            err(cid, "gold has a dose finding but CALC says none")
        e["dose_administered"] = "missing"
    else:
        if doses != [dose]:
            err(cid, f"gold dose findings {doses} != CALC dose {dose}")
        e["dose_administered"] = "met" if len(doses) == 1 else "conflict"
    if dose is None or not by.get("weight"):
        e["dose_matches_weight"] = "missing"
    else:
        target = 60 * wkg
        e["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target + 1e-9 else "conflict"

    # units
    if not drug_lines:
        e["units_match_dose"] = "not_applicable"
    elif dose is None:
        e["units_match_dose"] = "missing"
    else:
        ok = True
        for code in {ln["hcpcs"] for ln in drug_lines}:
            adm = sum(ln["units"] for ln in drug_lines if ln["hcpcs"] == code and "JW" not in ln["modifiers"])
            if adm != math.ceil(dose / BILLING_UNIT[code] - 1e-9):
                ok = False
        e["units_match_dose"] = "met" if ok else "conflict"

    # wastage
    wastes = sorted({f["value"] for f in by.get("wastage", [])})
    waste = calc["waste"]
    if (waste is None and wastes) or (waste is not None and wastes != [waste]):
        err(cid, f"gold wastage findings {wastes} != CALC waste {waste}")
    if not drug_lines:
        e["wastage_documented"] = "met" if waste is not None else "missing"
    else:
        codes = {ln["hcpcs"] for ln in drug_lines}
        status = "met"
        for code in codes:
            cl = [ln for ln in drug_lines if ln["hcpcs"] == code]
            jw = [ln for ln in cl if "JW" in ln["modifiers"]]
            jz = [ln for ln in cl if "JZ" in ln["modifiers"]]
            if jw and jz:
                s = "conflict"
            elif prof == "commercial":
                if jw:
                    s = "conflict"
                elif waste is None:
                    s = "missing"
                elif jz and waste > 0:
                    s = "conflict"
                else:
                    s = "met"
            elif jw:
                bu = BILLING_UNIT[code]
                s = "met" if (waste and waste > 0 and sum(ln["units"] for ln in jw) == math.floor(waste / bu + 1e-9)) else "conflict"
            elif jz or prof == "medicaid":
                if waste is None:
                    s = "missing"
                else:
                    s = "met" if waste == 0 else "conflict"
            else:
                s = "conflict"
            order = ["met", "missing", "conflict"]
            status = max(status, s, key=order.index)
        e["wastage_documented"] = status

    e["lot_number"] = "met" if by.get("lot_number") else "missing"
    exps = by.get("expiration_date", [])
    if not exps:
        e["expiration_date"] = "missing"
    else:
        e["expiration_date"] = "conflict" if any(exp_date(f["value"]) < dos for f in exps) else "met"
    st, en = by.get("infusion_start", []), by.get("infusion_end", [])
    if len(st) > 1 or len(en) > 1:
        err(cid, "more than one infusion start/end finding")
    if st and en:
        e["infusion_times"] = "conflict" if en[0]["value"] <= st[0]["value"] else "met"
    else:
        e["infusion_times"] = "missing"
    e["response_to_therapy"] = "met" if calc["response_pn"] else "missing"
    if calc["response_pn"] and not by.get("response_to_therapy"):
        err(cid, "response in progress note but no response finding")
    if prof == "medicare":
        e["prior_authorization"] = "not_applicable"
    else:
        e["prior_authorization"] = "met" if (c.get("prior_authorization") or by.get("prior_authorization")) else "missing"

    prods = {f["value"] for f in by.get("drug_product", [])}
    if not drug_lines:
        e["code_selection"] = "not_applicable"
    elif not prods:
        e["code_selection"] = "missing"
    else:
        e["code_selection"] = "met" if all(prods & CODE_COVERS[ln["hcpcs"]] for ln in drug_lines) else "conflict"

    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in by.get("smoking_status", [])}
        if len(sm) > 1:
            err(cid, f"ambiguous smoking findings {sm}")
        e["smoking_status"] = "missing" if not sm else ("conflict" if "current" in sm else "met")
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        inr = [25 <= v <= 80 for v in fv]
        if fv and any(inr) and not all(inr):
            err(cid, f"ambiguous FEV1 values {fv}")
        e["fev1_range"] = "missing" if not fv else ("met" if all(inr) else "conflict")
    return e


def main():
    cdir, gdir = os.path.join(BASE, "charts"), os.path.join(BASE, "gold")
    charts = sorted(f for f in os.listdir(cdir) if f.endswith(".json"))
    golds = sorted(f for f in os.listdir(gdir) if f.endswith(".json"))
    if charts != golds:
        err("batch", f"chart/gold file sets differ: {set(charts) ^ set(golds)}")
    counts = {"complete": 0, "gap": 0, "negative": 0}
    for name in charts:
        c = check_chart(os.path.join(cdir, name))
        if c is None:
            continue
        cid = c["chart_id"]
        with open(os.path.join(gdir, name), encoding="utf-8") as fh:
            g = json.load(fh)
        if set(g) != GOLD_KEYS:
            err(cid, f"gold keys {set(g)}")
        if g.get("chart_id") != cid:
            err(cid, "gold chart_id mismatch")
        prof = c["payer"]["profile"]
        if g.get("profile") != prof:
            err(cid, "gold profile != chart payer.profile")
        reqs = g.get("requirements", {})
        want = BASE_REQS + PROFILE_EXTRA[prof]
        if list(reqs) != want and set(reqs) != set(want):
            err(cid, f"requirement ids {set(reqs) ^ set(want)}")
        for k, v in reqs.items():
            if v not in STATUSES:
                err(cid, f"status {k}={v}")
        alltext = "\n".join(d["text"] for d in c["documents"])
        seen = set()
        for f in g.get("findings", []):
            check_finding(cid, f, alltext, alltext.lower())
            key = json.dumps(f, sort_keys=True)
            if key in seen:
                err(cid, f"duplicate finding {key}")
            seen.add(key)
        if not isinstance(g.get("notes"), str) or len(g["notes"]) < 40:
            err(cid, "notes missing/short")
        if cid not in CALC:
            err(cid, "no CALC entry")
            continue
        exp = expected_statuses(c, g)
        for k in want:
            if exp.get(k) != reqs.get(k):
                err(cid, f"{k}: gold {reqs.get(k)} but re-derived {exp.get(k)}")
        if "NEGATIVE CONTROL" in g["notes"]:
            counts["negative"] += 1
        elif all(v in ("met", "not_applicable") for v in reqs.values()):
            counts["complete"] += 1
        else:
            counts["gap"] += 1
            bad = [k for k, v in reqs.items() if v in ("missing", "conflict")]
            if not 1 <= len(bad) <= 3:
                err(cid, f"gap chart has {len(bad)} gaps")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"charts={len(charts)} complete={counts['complete']} gap={counts['gap']} negative={counts['negative']}")
    print("ok")


if __name__ == "__main__":
    main()
