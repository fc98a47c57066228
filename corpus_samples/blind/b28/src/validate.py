#!/usr/bin/env python3
"""Validate batch b28: contract shape, size limits, annotation-guide rules, evidence snippets,
date-of-service arithmetic, and an independent re-derivation of every requirement status from the
gold findings + claim lines + ARITH. Prints "ok (N charts)" or the list of errors."""
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
BATCH = "b28"

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

PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
# billing unit (mg) and products covered, per the annotation guide's code table
CODES = {
    "J2252": (1, set(PRODUCTS)),
    "J0256": (10, {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"}),
    "J0257": (10, {"Glassia"}),
    "J0222": (0.1, set()),
}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
RARE_ORDER = {"M": 0, "S": 1, "Z": 2}

FIELDS = {
    "aatd_diagnosis": [], "genotype": ["alleles"], "serum_aat": ["value", "unit"],
    "weight": ["value", "unit", "value_kg"], "dose": ["value"], "wastage": ["value"],
    "lot_number": ["value"], "expiration_date": ["value"], "infusion_start": ["value"],
    "infusion_end": ["value"], "lung_disease": ["value"], "fev1": ["value"],
    "response_to_therapy": [], "prior_authorization": ["value"], "smoking_status": ["value"],
    "drug_product": ["value"],
}
VALUELESS = {"aatd_diagnosis", "response_to_therapy"}

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def load_defs():
    mods = []
    for name in sorted(os.listdir(DEFS)):
        if name.startswith(BATCH + "_") and name.endswith(".py"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(DEFS, name))
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            mods.append(m)
    return mods


def iso(s):
    return dt.date.fromisoformat(s)


def exp_end(v):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return iso(v)
    y, m = map(int, v.split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


# ----------------------------------------------------------------- value carried by a snippet
def num_forms(v):
    forms = set()
    if isinstance(v, float) and not v.is_integer():
        forms.add(("%.3f" % v).rstrip("0").rstrip("."))
    else:
        iv = int(v)
        forms.update({str(iv), "{:,}".format(iv)})
        if isinstance(v, float):
            forms.add("%.1f" % v)
    return forms


def has_num(ev, v):
    for f in num_forms(v):
        for mt in re.finditer(r"(?<![\d.])" + re.escape(f) + r"(?!\d|\.\d)", ev):
            i = mt.start()
            # "4,700": a bare 3-digit group after a thousands comma is not the number
            if i >= 2 and ev[i - 1] == "," and ev[i - 2].isdigit() and re.fullmatch(r"\d{3}", f):
                continue
            return True
    return False


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
FULLMONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december"]


def date_forms(v):
    forms = {v}
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        y, m, d = v.split("-")
        forms |= {"%s/%s/%s" % (m, d, y), "%d/%d/%s" % (int(m), int(d), y), "%s/%s/%s" % (m, d, y[2:]),
                  "%s-%s-%s" % (d, MONTHS[int(m) - 1], y), "%s%s%s" % (d, MONTHS[int(m) - 1], y),
                  "%s %d, %s" % (MONTHS[int(m) - 1], int(d), y),
                  # day-first conventions (b28 style 5): 3 March 2026, 03-Mar-2026, 28/02/2026
                  "%d %s %s" % (int(d), FULLMONTHS[int(m) - 1], y), "%d %s %s" % (int(d), MONTHS[int(m) - 1], y),
                  "%d-%s-%s" % (int(d), MONTHS[int(m) - 1], y), "%s/%s/%s" % (d, m, y),
                  "%s %d, %s" % (FULLMONTHS[int(m) - 1], int(d), y)}
    else:
        y, m = v.split("-")
        forms |= {"%s/%s" % (m, y), "%s/%s" % (m, y[2:]), "%s %s" % (MONTHS[int(m) - 1], y),
                  "%s-%s" % (MONTHS[int(m) - 1], y), "%s-%s" % (m, y),
                  "%s %s" % (FULLMONTHS[int(m) - 1], y), "%s.%s" % (m, y)}
    return {f.lower() for f in forms}


def carries(f, ev):
    k = f["kind"]
    el = ev.lower()
    if k == "aatd_diagnosis":
        return any(t in el for t in ["alpha-1", "alpha 1", "aatd", "a1at", "e88.01", "antitrypsin deficiency"])
    if k == "genotype":
        up = ev.upper()

        def has(a):
            if a == "NULL":
                return "null" in el or "q0" in el
            if len(a) > 1:
                return a.lower()[1:] in el
            return re.search(r"(?<![A-Z])" + a + r"|" + a + r"(?![a-z])", up) is not None
        a, b = f["alleles"]
        if not (has(a) and has(b)):
            return False
        if a == b and len(a) == 1:
            return (a + a) in up or "homozygous" in el
        if a == b == "NULL":
            return el.count("null") >= 2 or "homozygous" in el
        return True
    if k == "serum_aat":
        u = {"mg/dL": ["mg/dl"], "g/L": ["g/l"], "uM": ["um", "umol", "µmol", "micromol"]}[f["unit"]]
        return has_num(ev, f["value"]) and any(x in el for x in u)
    if k == "weight":
        units = {"kg": ["kg", "kilo"], "lb": ["lb", "pound"]}[f["unit"]]
        return has_num(ev, f["value"]) and any(u in el for u in units)
    if k == "dose":
        v = f["value"]
        return has_num(ev, v) or (("%g g" % (v / 1000.0)) in el)
    if k == "wastage":
        if f["value"] == 0:
            return any(t in el for t in ["no waste", "no wastage", "nil", "0 mg", "nothing", "entire",
                                         "in full", "0 ml", "fully infused", "none", "no drug wasted"])
        return has_num(ev, f["value"])
    if k in ("lot_number", "prior_authorization"):
        return f["value"] in ev
    if k == "expiration_date":
        return any(x in el for x in date_forms(f["value"]))
    if k in ("infusion_start", "infusion_end"):
        return f["value"] in ev or f["value"].replace(":", "") in ev
    if k == "lung_disease":
        keys = {"emphysema": ["emphysema"], "copd": ["copd", "chronic obstructive"],
                "airflow_obstruction": ["obstruct"], "bronchiectasis": ["bronchiectasis"]}[f["value"]]
        return any(t in el for t in keys)
    if k == "fev1":
        return has_num(ev, f["value"]) and "%" in ev
    if k == "smoking_status":
        return any(t in el for t in {"never": ["never"], "former": ["former", "ex-smoker", "quit", "stopped smoking"],
                                     "current": ["current", "smoking", "ppd"]}[f["value"]])
    if k == "drug_product":
        norm = re.sub(r"[^a-z]", "", el)
        return re.sub(r"[^a-z]", "", f["value"].lower()) in norm
    if k == "response_to_therapy":
        return len(ev.strip()) > 10
    return False


def canon_ok(alleles):
    def key(a):
        if a in RARE_ORDER:
            return (RARE_ORDER[a], "")
        if a == "NULL":
            return (4, "")
        return (3, a)
    return list(alleles) == sorted(alleles, key=key)


def norm_key(f):
    k = f["kind"]
    if k in VALUELESS:
        return (k,)
    if k == "genotype":
        return (k, tuple(f["alleles"]))
    if k in ("serum_aat", "weight"):
        return (k, f["value"], f["unit"])
    return (k, f["value"])


# ----------------------------------------------------------------- independent rule engine
def derive(m, chart, gold, arith):
    prof = gold["profile"]
    dos = iso(chart["date_of_service"])
    F = {}
    for f in m.FINDINGS:
        F.setdefault(f["kind"], []).append(f)
    doctype = {d["id"]: d["type"] for d in chart["documents"]}
    claim = chart.get("claim_lines")
    drug = [c for c in (claim or []) if c["hcpcs"] in CODES]
    admin = [c for c in drug if "JW" not in c["modifiers"]]
    jw = [c for c in drug if "JW" in c["modifiers"]]
    R = {}

    R["aatd_diagnosis"] = "met" if F.get("aatd_diagnosis") else "missing"

    def low(f):
        rid = f.get("_method") == "RID"
        thr = {"uM": 11.0, "mg/dL": 80.0 if rid else 57.0, "g/L": 0.8 if rid else 0.57}[f["unit"]]
        return f["value"] < thr
    serum = F.get("serum_aat", [])
    any_low = any(low(f) for f in serum)
    R["serum_aat_level"] = "missing" if not serum else ("met" if any_low else "conflict")

    def deficient(al):
        a, b = al
        if a in DEFICIENT and b in DEFICIENT:
            return True
        if (a, b) == ("S", "Z"):
            return prof != "commercial" or any_low
        return False
    gts = F.get("genotype", [])
    R["genotype"] = "missing" if not gts else ("met" if any(deficient(g["alleles"]) for g in gts) else "conflict")

    R["lung_disease_evidence"] = "met" if F.get("lung_disease") else "missing"
    weights = F.get("weight", [])
    R["patient_weight"] = "met" if weights else "missing"

    doses = sorted({f["value"] for f in F.get("dose", [])})
    R["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    dose = doses[0] if len(doses) == 1 else None

    near = None
    if weights:
        ds = sorted(weights, key=lambda w: abs((iso(w["_date"]) - dos).days))
        if len(ds) > 1 and abs((iso(ds[0]["_date"]) - dos).days) == abs((iso(ds[1]["_date"]) - dos).days) \
                and ds[0]["value_kg"] != ds[1]["value_kg"]:
            err(m.CHART_ID, "two different weights equally near the DOS")
        near = ds[0]
    if dose is None or near is None:
        R["dose_matches_weight"] = "missing"
    else:
        target = 60.0 * near["value_kg"]
        R["dose_matches_weight"] = "met" if abs(dose - target) <= 0.1 * target + 1e-9 else "conflict"

    if not claim or not drug:
        R["units_match_dose"] = "not_applicable"
    elif dose is None:
        R["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({c["hcpcs"] for c in admin}):
            bu = CODES[code][0]
            billed = sum(c["units"] for c in admin if c["hcpcs"] == code)
            if billed != math.ceil(round(dose / bu, 6)):
                ok = False
        R["units_match_dose"] = "met" if ok and admin else "conflict"

    wastes = sorted({f["value"] for f in F.get("wastage", [])})
    if len(wastes) > 1:
        err(m.CHART_ID, "more than one wastage value (not designed for)")
    waste = wastes[0] if wastes else None
    if not claim or not drug:
        R["wastage_documented"] = "met" if waste is not None else "missing"
    else:
        has_jz = any("JZ" in c["modifiers"] for c in drug)
        if prof == "commercial":
            if jw:
                R["wastage_documented"] = "conflict"
            elif waste is None:
                R["wastage_documented"] = "missing"
            elif has_jz and waste > 0:
                R["wastage_documented"] = "conflict"
            else:
                R["wastage_documented"] = "met"
        else:
            if jw and has_jz:
                R["wastage_documented"] = "conflict"
            elif jw:
                ok = waste is not None and waste > 0
                for code in sorted({c["hcpcs"] for c in jw}):
                    bu = CODES[code][0]
                    billed = sum(c["units"] for c in jw if c["hcpcs"] == code)
                    if not ok or billed != math.floor(round(waste / bu, 6)):
                        ok = False
                R["wastage_documented"] = "met" if ok else "conflict"
            elif has_jz or prof == "medicaid":
                R["wastage_documented"] = "missing" if waste is None else ("met" if waste == 0 else "conflict")
            else:
                R["wastage_documented"] = "conflict"

    R["lot_number"] = "met" if F.get("lot_number") else "missing"
    exps = F.get("expiration_date", [])
    R["expiration_date"] = "missing" if not exps else (
        "conflict" if any(exp_end(e["value"]) < dos for e in exps) else "met")

    st, en = F.get("infusion_start", []), F.get("infusion_end", [])
    if len(st) > 1 or len(en) > 1:
        err(m.CHART_ID, "more than one start/end time (not designed for)")
    if st and en:
        R["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"
    else:
        R["infusion_times"] = "missing"

    R["response_to_therapy"] = "met" if any(doctype[f["_doc"]] == "progress_note"
                                            for f in F.get("response_to_therapy", [])) else "missing"

    if prof == "medicare":
        R["prior_authorization"] = "not_applicable"
    else:
        R["prior_authorization"] = "met" if (chart.get("prior_authorization") or F.get("prior_authorization")) else "missing"

    prods = {f["value"] for f in F.get("drug_product", [])}
    dos_prods = {f["value"] for f in F.get("drug_product", []) if f.get("_dos")}
    if not claim or not drug:
        R["code_selection"] = "not_applicable"
    elif not prods:
        R["code_selection"] = "missing"
    else:
        lit = all(CODES[c["hcpcs"]][1] & prods for c in drug)
        strict = all(dos_prods and dos_prods <= CODES[c["hcpcs"]][1] for c in drug)
        if lit != strict:
            err(m.CHART_ID, "code_selection differs between literal and DOS-product readings")
        R["code_selection"] = "met" if lit else "conflict"

    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in F.get("smoking_status", [])}
        if "current" in sm and sm - {"current"}:
            err(m.CHART_ID, "mixed smoking statuses (not designed for)")
        R["smoking_status"] = "missing" if not sm else ("conflict" if "current" in sm else "met")
    if prof == "commercial":
        fv = [f["value"] for f in F.get("fev1", [])]
        inr = [25 <= v <= 80 for v in fv]
        if fv and any(inr) and not all(inr):
            err(m.CHART_ID, "mixed FEV1 in/out of range (not designed for)")
        R["fev1_range"] = "missing" if not fv else ("met" if all(inr) else "conflict")

    # cross-check with ARITH
    if arith.get("dose_mg") is not None and arith["within_tolerance"] != (R["dose_matches_weight"] == "met"):
        err(m.CHART_ID, "ARITH within_tolerance disagrees with derived dose_matches_weight")
    return R


def check_arith(m, chart):
    A = m.ARITH
    cid = m.CHART_ID
    dos = iso(chart["date_of_service"])
    if A["dos"] != chart["date_of_service"]:
        err(cid, "ARITH dos")
    weights = [f for f in m.FINDINGS if f["kind"] == "weight"]
    if weights:
        near = min(weights, key=lambda w: abs((iso(w["_date"]) - dos).days))
        w = A["weight"]
        if (w["value"], w["unit"], w["kg"], w["date"]) != (near["value"], near["unit"], near["value_kg"], near["_date"]):
            err(cid, "ARITH weight is not the weight nearest the DOS: %r vs %r" % (w, near))
        kg = near["value_kg"]
        target = round(60.0 * kg, 1)
        if A["target_mg"] != target or A["tolerance_mg"] != round(0.1 * target, 1):
            err(cid, "ARITH target/tolerance %r/%r, expected %r" % (A["target_mg"], A["tolerance_mg"], target))
    doses = [f["value"] for f in m.FINDINGS if f["kind"] == "dose"]
    dose = doses[0] if len(doses) == 1 else None
    if A["dose_mg"] != dose:
        err(cid, "ARITH dose_mg %r vs findings %r" % (A["dose_mg"], doses))
    if dose is not None:
        target = 60.0 * A["weight"]["kg"]
        dev = round((dose - target) / target * 100, 2)
        if A["deviation_pct"] != dev:
            err(cid, "ARITH deviation %r, expected %r" % (A["deviation_pct"], dev))
        if A["within_tolerance"] != (abs(dose - target) <= 0.1 * target + 1e-9):
            err(cid, "ARITH within_tolerance")
    claim = chart.get("claim_lines") or []
    drug = [c for c in claim if c["hcpcs"] in CODES]
    admin = [c for c in drug if "JW" not in c["modifiers"]]
    jw = [c for c in drug if "JW" in c["modifiers"]]
    if drug:
        codes = {c["hcpcs"] for c in drug}
        if len(codes) != 1 or A["code"] not in codes:
            err(cid, "ARITH code")
        bu = CODES[A["code"]][0]
        if A["billing_unit_mg"] != bu:
            err(cid, "ARITH billing unit")
        if dose is not None and A["units_expected"] != math.ceil(round(dose / bu, 6)):
            err(cid, "ARITH units_expected %r" % A["units_expected"])
        if A["units_billed"] != sum(c["units"] for c in admin):
            err(cid, "ARITH units_billed")
        if A["jw_units_billed"] != sum(c["units"] for c in jw):
            err(cid, "ARITH jw_units_billed")
        mods = sorted({x for c in admin for x in c["modifiers"]})
        if sorted(A["modifiers"]) != mods:
            err(cid, "ARITH modifiers %r vs %r" % (A["modifiers"], mods))
        wastes = [f["value"] for f in m.FINDINGS if f["kind"] == "wastage"]
        waste = wastes[0] if wastes else None
        if A["waste_mg"] != waste:
            err(cid, "ARITH waste_mg")
        if waste is not None and A["jw_units_expected"] != math.floor(round(waste / bu, 6)):
            err(cid, "ARITH jw_units_expected %r" % A["jw_units_expected"])
    else:
        if A["code"] is not None or A["units_billed"] is not None:
            err(cid, "ARITH has a code without drug lines")
    exps = [f["value"] for f in m.FINDINGS if f["kind"] == "expiration_date"]
    if sorted(A["expirations"]) != sorted(exps):
        err(cid, "ARITH expirations")
    ok = (all(exp_end(e) >= dos for e in exps) if exps else None)
    if A["expiration_ok"] != ok:
        err(cid, "ARITH expiration_ok %r, expected %r" % (A["expiration_ok"], ok))


def check_chart_shape(cid, c):
    for k in ("chart_id", "documents"):
        if k not in c:
            err(cid, "chart lacks %s" % k)
    if c.get("chart_id") != cid:
        err(cid, "chart_id mismatch")
    iso(c["date_of_service"])
    if c["payer"]["profile"] not in PROFILE_EXTRA:
        err(cid, "bad profile")
    if "claim_lines" in c:
        for cl in c["claim_lines"]:
            if set(cl) != {"hcpcs", "units", "modifiers"} or not isinstance(cl["units"], (int, float)) \
                    or not isinstance(cl["modifiers"], list):
                err(cid, "bad claim line %r" % cl)
    docs = c["documents"]
    if not 2 <= len(docs) <= 4:
        err(cid, "%d documents" % len(docs))
    ids = set()
    lines = 0
    for d in docs:
        if set(d) != {"id", "type", "date", "text"}:
            err(cid, "bad document keys")
        if d["type"] not in DOC_TYPES:
            err(cid, "bad doc type %s" % d["type"])
        iso(d["date"])
        if d["id"] in ids:
            err(cid, "duplicate doc id")
        ids.add(d["id"])
        lines += len(d["text"].splitlines())
    if not 60 <= lines <= 250:
        err(cid, "%d lines" % lines)
    return lines


def check_gold(cid, g, prof):
    want = BASE_REQS + PROFILE_EXTRA[prof]
    if g["chart_id"] != cid or g["profile"] != prof:
        err(cid, "gold id/profile")
    if sorted(g["requirements"]) != sorted(want):
        err(cid, "requirement ids %r" % sorted(set(g["requirements"]) ^ set(want)))
    for k, v in g["requirements"].items():
        if v not in STATUSES:
            err(cid, "bad status %s=%s" % (k, v))
    seen = set()
    for f in g["findings"]:
        k = f.get("kind")
        if k not in FIELDS:
            err(cid, "unknown kind %r" % k)
            continue
        if set(f) != {"kind", *FIELDS[k]}:
            err(cid, "fields of %r" % f)
            continue
        if k == "genotype":
            al = f["alleles"]
            if len(al) != 2 or any(a != a.upper() for a in al) or not canon_ok(al):
                err(cid, "allele order/case %r" % al)
        if k == "serum_aat" and f["unit"] not in ("mg/dL", "g/L", "uM"):
            err(cid, "serum unit")
        if k == "weight":
            if f["unit"] == "kg" and f["value_kg"] != round(f["value"], 1):
                err(cid, "value_kg kg")
            if f["unit"] == "lb" and f["value_kg"] != round(f["value"] * 0.45359237, 1):
                err(cid, "value_kg lb %r" % f)
            if f["unit"] not in ("kg", "lb"):
                err(cid, "weight unit")
        if k == "expiration_date" and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", f["value"]):
            err(cid, "exp format")
        if k in ("infusion_start", "infusion_end") and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", f["value"]):
            err(cid, "time format")
        if k == "lung_disease" and f["value"] not in ("emphysema", "copd", "airflow_obstruction", "bronchiectasis"):
            err(cid, "lung value")
        if k == "smoking_status" and f["value"] not in ("never", "former", "current"):
            err(cid, "smoking value")
        if k == "drug_product" and f["value"] not in PRODUCTS:
            err(cid, "product value")
        if k in ("dose", "wastage", "fev1") and not isinstance(f["value"], (int, float)):
            err(cid, "numeric value")
        key = norm_key(f)
        if key in seen:
            err(cid, "duplicate finding %r" % (key,))
        seen.add(key)


def main():
    mods = load_defs()
    if len(mods) != 14:
        err("batch", "%d defs" % len(mods))
    profiles = {}
    total_lines = 0
    for m in mods:
        cid = m.CHART_ID
        with open(os.path.join(ROOT, "charts", cid + ".json")) as fh:
            chart = json.load(fh)
        with open(os.path.join(ROOT, "gold", cid + ".json")) as fh:
            gold = json.load(fh)
        total_lines += check_chart_shape(cid, chart)
        prof = chart["payer"]["profile"]
        profiles[prof] = profiles.get(prof, 0) + 1
        check_gold(cid, gold, prof)
        pub = [{k: v for k, v in f.items() if not k.startswith("_")} for f in m.FINDINGS]
        if pub != gold["findings"]:
            err(cid, "gold findings differ from defs")
        texts = {d["id"]: d["text"] for d in chart["documents"]}
        for f in m.FINDINGS:
            ev, doc = f.get("_ev"), f.get("_doc")
            if not ev or doc not in texts:
                err(cid, "finding without evidence: %r" % f)
                continue
            if ev not in texts[doc]:
                err(cid, "evidence not verbatim in %s: %r" % (doc, ev))
            elif f.get("_hdr") and f["_hdr"] not in texts[doc]:
                err(cid, "column header not verbatim in %s: %r" % (doc, f["_hdr"]))
            elif not carries(f, ev if not f.get("_hdr") else ev + " | " + f["_hdr"]):
                err(cid, "evidence does not carry the value: %r / %r" % ({k: v for k, v in f.items() if k != "_ev"}, ev))
            if f["kind"] == "weight" and "_date" not in f:
                err(cid, "weight without _date")
        check_arith(m, chart)
        derived = derive(m, chart, gold, m.ARITH)
        for k in gold["requirements"]:
            if derived.get(k) != gold["requirements"][k]:
                err(cid, "status %s: gold %s, derived %s" % (k, gold["requirements"][k], derived.get(k)))
    if errors:
        print("\n".join(errors))
        print("FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("ok (%d charts)" % len(mods))


if __name__ == "__main__":
    main()
