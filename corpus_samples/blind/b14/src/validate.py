#!/usr/bin/env python3
"""Validate batch b14: contract format of charts, annotation-guide format of gold, evidence snippets,
the arithmetic of the date-of-service administration, and the requirement statuses re-derived from
the gold findings + ARITH with the guide's default ruleset. Prints "ok (N charts)" when clean."""
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
PROFILE_REQS = {
    "medicare": BASE_REQS,
    "medicaid": BASE_REQS + ["smoking_status"],
    "commercial": BASE_REQS + ["smoking_status", "fev1_range"],
}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
KINDS = {
    "aatd_diagnosis", "genotype", "serum_aat", "weight", "dose", "wastage", "lot_number",
    "expiration_date", "infusion_start", "infusion_end", "lung_disease", "fev1",
    "response_to_therapy", "prior_authorization", "smoking_status", "drug_product",
}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKING = {"never", "former", "current"}
SERUM_UNITS = {"mg/dL", "g/L", "uM"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
DRUG_CODES = set(BU)
COVERS = {
    "J2252": PRODUCTS,
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_M = re.compile(r"^\d{4}-\d{2}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def is_iso(s):
    if not isinstance(s, str) or not ISO.match(s):
        return False
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def allele_key(a):
    if a == "M":
        return (0, a)
    if a == "S":
        return (1, a)
    if a == "Z":
        return (2, a)
    if a == "NULL":
        return (4, a)
    return (3, a)


def exp_last_day(v):
    if ISO.match(v):
        return dt.date.fromisoformat(v)
    y, m = map(int, v.split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def load_defs():
    mods = []
    for name in sorted(os.listdir(DEFS)):
        if name.startswith("b14_") and name.endswith(".py"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(DEFS, name))
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            mods.append(mod)
    return mods


def check_chart(c):
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err("?", "chart_id missing")
        return
    if "date_of_service" in c and not is_iso(c["date_of_service"]):
        err(cid, "date_of_service not ISO")
    p = c.get("payer", {})
    if p and p.get("profile", "medicare") not in PROFILE_REQS:
        err(cid, "bad profile")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization not a string")
    for cl in c.get("claim_lines", []):
        if not isinstance(cl.get("hcpcs"), str):
            err(cid, "claim line hcpcs")
        if not isinstance(cl.get("units"), (int, float)) or isinstance(cl.get("units"), bool):
            err(cid, "claim line units not a number")
        if not isinstance(cl.get("modifiers"), list) or not all(isinstance(m, str) for m in cl["modifiers"]):
            err(cid, "claim line modifiers")
    docs = c.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents missing")
        return
    ids = set()
    for d in docs:
        if d.get("id") in ids:
            err(cid, "duplicate doc id %s" % d.get("id"))
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, "doc %s bad type" % d.get("id"))
        if not is_iso(d.get("date")):
            err(cid, "doc %s date not ISO" % d.get("id"))
        if not isinstance(d.get("text"), str) or len(d["text"]) < 200:
            err(cid, "doc %s text too short" % d.get("id"))
        n = d["text"].count("\n")
        if n < 25:
            err(cid, "doc %s only %d lines" % (d.get("id"), n))


def check_finding_format(cid, f):
    k = f.get("kind")
    if k not in KINDS:
        err(cid, "unknown kind %r" % k)
        return
    if k == "genotype":
        a = f.get("alleles")
        if not (isinstance(a, list) and len(a) == 2 and all(isinstance(x, str) and x == x.upper() for x in a)):
            err(cid, "genotype alleles format %r" % a)
        elif sorted(a, key=allele_key) != a:
            err(cid, "genotype alleles not canonical %r" % a)
    elif k == "serum_aat":
        if not isinstance(f.get("value"), (int, float)) or f.get("unit") not in SERUM_UNITS:
            err(cid, "serum finding format %r" % f)
    elif k == "weight":
        if f.get("unit") not in ("kg", "lb") or not isinstance(f.get("value"), (int, float)):
            err(cid, "weight format %r" % f)
        else:
            exp = round(f["value"] * 0.45359237, 1) if f["unit"] == "lb" else round(f["value"], 1)
            if abs(exp - f.get("value_kg", -1)) > 1e-9:
                err(cid, "weight value_kg %r != %r" % (f.get("value_kg"), exp))
    elif k in ("dose", "wastage"):
        if not isinstance(f.get("value"), (int, float)) or f["value"] < 0:
            err(cid, "%s value %r" % (k, f.get("value")))
    elif k == "lot_number":
        if not isinstance(f.get("value"), str) or not f["value"]:
            err(cid, "lot value")
    elif k == "expiration_date":
        v = f.get("value")
        if not (isinstance(v, str) and (is_iso(v) or ISO_M.match(v))):
            err(cid, "expiration value %r" % v)
    elif k in ("infusion_start", "infusion_end"):
        if not (isinstance(f.get("value"), str) and HHMM.match(f["value"])):
            err(cid, "time value %r" % f.get("value"))
    elif k == "lung_disease":
        if f.get("value") not in LUNG:
            err(cid, "lung value %r" % f.get("value"))
    elif k == "fev1":
        if not isinstance(f.get("value"), (int, float)):
            err(cid, "fev1 value")
    elif k == "smoking_status":
        if f.get("value") not in SMOKING:
            err(cid, "smoking value")
    elif k == "drug_product":
        if f.get("value") not in PRODUCTS:
            err(cid, "product value %r" % f.get("value"))
    elif k == "prior_authorization":
        if not isinstance(f.get("value"), str):
            err(cid, "PA value")
    allowed = {"kind", "value", "unit", "value_kg", "alleles"}
    extra = [x for x in f if x not in allowed and not x.startswith("_")]
    if extra:
        err(cid, "finding has extra keys %r" % extra)


def norm_key(f):
    k = f["kind"]
    if k == "genotype":
        return (k, tuple(f["alleles"]))
    if k in ("serum_aat", "weight"):
        return (k, f["value"], f["unit"])
    if "value" in f:
        return (k, f["value"])
    return (k,)


def derive(c, gold, ar, dos):
    prof = gold["profile"]
    F = gold["findings"]
    by = {}
    for f in F:
        by.setdefault(f["kind"], []).append(f)
    r = {}
    r["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"

    # serum first (commercial SZ depends on it)
    rid = set(map(tuple, ar.get("rid_values", [])))
    def below(f):
        v, u = f["value"], f["unit"]
        isrid = (v, u) in rid
        if u == "uM":
            return v < 11
        if u == "mg/dL":
            return v < (80 if isrid else 57)
        return v < (0.8 if isrid else 0.57)
    sers = by.get("serum_aat", [])
    low = any(below(f) for f in sers)
    r["serum_aat_level"] = "missing" if not sers else ("met" if low else "conflict")

    gts = by.get("genotype", [])
    def deficient(a):
        if all(x in DEFICIENT for x in a):
            return True
        if a == ["S", "Z"]:
            return low if prof == "commercial" else True
        return False
    r["genotype"] = "missing" if not gts else ("met" if any(deficient(g["alleles"]) for g in gts) else "conflict")
    r["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"
    r["patient_weight"] = "met" if by.get("weight") else "missing"

    doses = by.get("dose", [])
    r["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    dose = doses[0]["value"] if len(doses) == 1 else None

    wkg = ar.get("weight_kg")
    if by.get("weight"):
        if wkg is None or not any(abs(w["value_kg"] - wkg) < 1e-9 for w in by["weight"]):
            err(c["chart_id"], "ARITH weight_kg %r not among weight findings" % wkg)
    if dose is None or not by.get("weight"):
        r["dose_matches_weight"] = "missing"
    else:
        tgt = 60 * wkg
        r["dose_matches_weight"] = "met" if abs(dose - tgt) <= 0.10 * tgt + 1e-9 else "conflict"

    lines = c.get("claim_lines")
    drug = [l for l in (lines or []) if l["hcpcs"] in DRUG_CODES]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]
    if not lines or not drug:
        r["units_match_dose"] = "not_applicable"
    elif dose is None:
        r["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({l["hcpcs"] for l in admin}):
            s = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if s != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        if not admin:
            ok = False
        r["units_match_dose"] = "met" if ok else "conflict"

    wastes = by.get("wastage", [])
    waste = wastes[0]["value"] if wastes else None
    if len(wastes) > 1:
        err(c["chart_id"], "more than one wastage finding; rule ambiguous")
    if not lines or not drug:
        r["wastage_documented"] = "met" if wastes else "missing"
    elif prof == "commercial":
        if jw:
            r["wastage_documented"] = "conflict"
        elif not wastes:
            r["wastage_documented"] = "missing"
        elif waste > 0 and any("JZ" in l["modifiers"] for l in admin):
            r["wastage_documented"] = "conflict"
        else:
            r["wastage_documented"] = "met"
    else:
        codes = {l["hcpcs"] for l in drug}
        both = any(any("JW" in l["modifiers"] for l in drug if l["hcpcs"] == cd) and
                   any("JZ" in l["modifiers"] for l in drug if l["hcpcs"] == cd) for cd in codes)
        has_jz = any("JZ" in l["modifiers"] for l in admin)
        if both:
            r["wastage_documented"] = "conflict"
        elif jw:
            ok = waste is not None and waste > 0
            if ok:
                for cd in {l["hcpcs"] for l in jw}:
                    s = sum(l["units"] for l in jw if l["hcpcs"] == cd)
                    if s != math.floor(waste / BU[cd] + 1e-9):
                        ok = False
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
        d = dt.date.fromisoformat(dos)
        r["expiration_date"] = "conflict" if any(exp_last_day(e["value"]) < d for e in exps) else "met"
    st, en = by.get("infusion_start", []), by.get("infusion_end", [])
    if len(st) > 1 or len(en) > 1:
        err(c["chart_id"], "multiple start/end findings")
    if st and en:
        r["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"
    else:
        r["infusion_times"] = "missing"
    rin = ar.get("response_in_progress_note")
    if rin and not by.get("response_to_therapy"):
        err(c["chart_id"], "response in progress note but no response finding")
    r["response_to_therapy"] = "met" if rin else "missing"
    if prof == "medicare":
        r["prior_authorization"] = "not_applicable"
    else:
        r["prior_authorization"] = "met" if (c.get("prior_authorization") or by.get("prior_authorization")) else "missing"
    if not lines or not drug:
        r["code_selection"] = "not_applicable"
    else:
        prod = ar.get("dos_product")
        prods = {f["value"] for f in by.get("drug_product", [])}
        if prod and prod not in prods:
            err(c["chart_id"], "ARITH dos_product not among product findings")
        if not prod:
            r["code_selection"] = "missing"
        else:
            r["code_selection"] = "met" if all(prod in COVERS[l["hcpcs"]] for l in drug) else "conflict"
    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in by.get("smoking_status", [])}
        r["smoking_status"] = "conflict" if "current" in sm else ("met" if sm else "missing")
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        r["fev1_range"] = "missing" if not fv else ("met" if all(25 <= v <= 80 for v in fv) else "conflict")
    return r


def check_arith(c, gold, ar, dos):
    cid = c["chart_id"]
    by = {}
    for f in gold["findings"]:
        by.setdefault(f["kind"], []).append(f)
    if ar.get("dose_mg") is not None:
        ds = [f["value"] for f in by.get("dose", [])]
        if ar["dose_mg"] not in ds:
            err(cid, "ARITH dose %r not a dose finding %r" % (ar["dose_mg"], ds))
        if ar.get("weight_kg"):
            tgt = round(60 * ar["weight_kg"], 1)
            if abs(tgt - ar["target_mg"]) > 0.05:
                err(cid, "ARITH target %r != %r" % (ar["target_mg"], tgt))
            pct = round((ar["dose_mg"] - tgt) / tgt * 100, 2)
            if abs(pct - ar["pct_diff"]) > 0.01:
                err(cid, "ARITH pct_diff %r != %r" % (ar["pct_diff"], pct))
        if ar.get("code"):
            u = math.ceil(ar["dose_mg"] / ar["bu_mg"] - 1e-9)
            if u != ar["units_expected"]:
                err(cid, "ARITH units_expected %r != %r" % (ar["units_expected"], u))
            billed = sum(l["units"] for l in c.get("claim_lines", [])
                         if l["hcpcs"] == ar["code"] and "JW" not in l["modifiers"])
            if billed != ar["units_billed"]:
                err(cid, "ARITH units_billed %r != claim %r" % (ar["units_billed"], billed))
    if ar.get("waste_mg") is not None:
        ws = [f["value"] for f in by.get("wastage", [])]
        if ar["waste_mg"] not in ws:
            err(cid, "ARITH waste not a wastage finding")
        if ar.get("bu_mg"):
            j = math.floor(ar["waste_mg"] / ar["bu_mg"] + 1e-9)
            if j != ar["jw_units_expected"]:
                err(cid, "ARITH jw_units_expected %r != %r" % (ar["jw_units_expected"], j))
    for lot in ar.get("lots", []):
        if lot["dos"] != dos:
            err(cid, "ARITH lot dos mismatch")
        e = exp_last_day(lot["exp"])
        if (e < dt.date.fromisoformat(dos)) != lot["expired"]:
            err(cid, "ARITH lot %s expired flag wrong" % lot["lot"])
        if not any(f["value"] == lot["lot"] for f in by.get("lot_number", [])):
            err(cid, "ARITH lot %s not a lot finding" % lot["lot"])
        if not any(f["value"] == lot["exp"] for f in by.get("expiration_date", [])):
            err(cid, "ARITH exp %s not an expiration finding" % lot["exp"])
    for lbw in ar.get("lb_weights", []):
        kg = round(lbw["lb"] * 0.45359237, 1)
        if abs(kg - lbw["kg"]) > 1e-9:
            err(cid, "ARITH lb->kg %r" % lbw)


def lint(c, gold):
    """Warnings only: surface forms present in text whose kind/value the gold lacks."""
    warns = []
    text = "\n".join(d["text"] for d in c["documents"])
    lungs = {f["value"] for f in gold["findings"] if f["kind"] == "lung_disease"}
    checks = [
        (r"\bCOPD\b", "copd"), (r"emphysema", "emphysema"), (r"EMPHYSEMA", "emphysema"),
        (r"airflow (obstruction|limitation)|obstructive ventilatory", "airflow_obstruction"),
        (r"bronchiectasis|BRONCHIECTASIS", "bronchiectasis"),
    ]
    for pat, v in checks:
        if re.search(pat, text, re.I) and v not in lungs:
            warns.append("text mentions %s but gold lacks lung_disease=%s" % (pat, v))
    return warns


def main():
    mods = load_defs()
    n = 0
    all_warns = []
    seen_ids = set()
    for m in mods:
        c, g, ar = m.CHART, m.GOLD, m.ARITH
        cid = c["chart_id"]
        if cid in seen_ids:
            err(cid, "duplicate chart id")
        seen_ids.add(cid)
        # built files equal defs
        try:
            with open(os.path.join(ROOT, "charts", cid + ".json")) as f:
                cj = json.load(f)
            with open(os.path.join(ROOT, "gold", cid + ".json")) as f:
                gj = json.load(f)
        except OSError as e:
            err(cid, "built file missing: %s" % e)
            continue
        if cj != json.loads(json.dumps(c)):
            err(cid, "charts json differs from defs (rebuild)")
        check_chart(cj)
        prof = cj.get("payer", {}).get("profile", "medicare")
        if gj.get("chart_id") != cid:
            err(cid, "gold chart_id")
        if gj.get("profile") != prof:
            err(cid, "gold profile %r != chart %r" % (gj.get("profile"), prof))
        req = gj.get("requirements", {})
        if sorted(req) != sorted(PROFILE_REQS[prof]):
            err(cid, "requirement ids %r" % sorted(set(req) ^ set(PROFILE_REQS[prof])))
        for k, v in req.items():
            if v not in STATUSES:
                err(cid, "status %s=%r" % (k, v))
        if not isinstance(gj.get("notes"), str):
            err(cid, "notes")
        keys = set()
        for f in gj.get("findings", []):
            check_finding_format(cid, f)
            k = norm_key(f)
            if k in keys:
                err(cid, "duplicate finding %r" % (k,))
            keys.add(k)
        # evidence snippets
        texts = {d["id"]: d["text"] for d in c["documents"]}
        alltext = "\n".join(texts.values())
        for f in g["findings"]:
            ev = f.get("_ev")
            if not ev:
                err(cid, "finding without _ev: %r" % f)
                continue
            src = texts.get(f["_doc"], "") if "_doc" in f else alltext
            if ev not in src:
                err(cid, "evidence not found: %r" % ev)
        for doc_id, snip in getattr(m, "EVID", []):
            if snip not in texts.get(doc_id, ""):
                err(cid, "EVID not found in %s: %r" % (doc_id, snip))
        dos = c.get("date_of_service") or max(d["date"] for d in c["documents"])
        gg = json.loads(json.dumps(g))
        exp = derive(c, gg, ar, dos)
        for k in PROFILE_REQS[prof]:
            if exp.get(k) != req.get(k):
                err(cid, "requirement %s: gold %r, rules give %r" % (k, req.get(k), exp.get(k)))
        check_arith(c, gg, ar, dos)
        for w in lint(c, gg):
            all_warns.append("%s: %s" % (cid, w))
        n += 1
    for w in all_warns:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("ok (%d charts)" % n)


if __name__ == "__main__":
    main()
