#!/usr/bin/env python3
"""Validate the b10 blind charts and gold files.

Checks every chart against the chart JSON of CONTRACT.md section 1, every gold file against
ANNOTATION_GUIDE.md (requirement ids per profile, statuses, finding kinds and their fields,
normalized value formats), and re-derives each requirement status from the gold findings, the
claim lines and a small table of per-chart facts (DOS weight, response location), re-doing the
unit arithmetic: units billed vs ceil(dose / billing unit), JW units vs floor(waste / billing
unit), 60 mg/kg +/- 10 % of the DOS weight, lb -> kg.

Usage: python3 src/validate.py   (prints "ok" when everything passes)
"""
import datetime
import glob
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BASE = ["aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence",
        "patient_weight", "dose_administered", "dose_matches_weight", "units_match_dose",
        "wastage_documented", "lot_number", "expiration_date", "infusion_times",
        "response_to_therapy", "prior_authorization", "code_selection"]
PROFILE_EXTRA = {"medicare": [], "medicaid": ["smoking_status"],
                 "commercial": ["smoking_status", "fev1_range"]}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
COVERS = {"J2252": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"},
          "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
          "J0257": {"Glassia"}, "J0222": set()}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKING = {"never", "former", "current"}
SERUM_UNITS = {"mg/dL", "g/L", "uM"}
THRESH = {"mg/dL": 57, "g/L": 0.57, "uM": 11}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
FINDING_FIELDS = {
    "aatd_diagnosis": set(), "genotype": {"alleles"}, "serum_aat": {"value", "unit"},
    "weight": {"value", "unit", "value_kg"}, "dose": {"value"}, "wastage": {"value"},
    "lot_number": {"value"}, "expiration_date": {"value"}, "infusion_start": {"value"},
    "infusion_end": {"value"}, "lung_disease": {"value"}, "fev1": {"value"},
    "response_to_therapy": set(), "prior_authorization": {"value"},
    "smoking_status": {"value"}, "drug_product": {"value"},
}

# Per-chart facts that the findings alone do not carry: the weight nearest the date of service
# (findings have no dates) and whether an affirmed response statement sits in a progress_note.
FACTS = {
    "b10-001": {"dos_weight_kg": 78.4, "response_in_progress_note": True},
    "b10-002": {"dos_weight_kg": 63.5, "response_in_progress_note": True},
    "b10-003": {"dos_weight_kg": 88.0, "response_in_progress_note": True},
    "b10-004": {"dos_weight_kg": 61.2, "response_in_progress_note": False},
    "b10-005": {"dos_weight_kg": 84.0, "response_in_progress_note": False},
    "b10-006": {"dos_weight_kg": 70.3, "response_in_progress_note": True},
    "b10-007": {"dos_weight_kg": 90.2, "response_in_progress_note": True},
    "b10-008": {"dos_weight_kg": 79.8, "response_in_progress_note": True},
    "b10-009": {"dos_weight_kg": 58.0, "response_in_progress_note": True},
    "b10-010": {"dos_weight_kg": 60.8, "response_in_progress_note": True},
    "b10-011": {"dos_weight_kg": 81.0, "response_in_progress_note": True},
    "b10-012": {"dos_weight_kg": 74.6, "response_in_progress_note": True},
    "b10-013": {"dos_weight_kg": 68.0, "response_in_progress_note": True},
    "b10-014": {"dos_weight_kg": 76.4, "response_in_progress_note": True},
    "b10-015": {"dos_weight_kg": 82.0, "response_in_progress_note": True},
    "b10-016": {"dos_weight_kg": 80.0, "response_in_progress_note": False},
}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def iso_date(s):
    try:
        return datetime.date.fromisoformat(s) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None


def month_end(s):
    y, m = map(int, s.split("-"))
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(i):
    """Dictation spelling of 0-999 ('ninety one', 'one hundred ten')."""
    if i < 20:
        return ONES[i]
    if i < 100:
        return TENS[i // 10] + ("" if i % 10 == 0 else " " + ONES[i % 10])
    return ONES[i // 100] + " hundred" + ("" if i % 100 == 0 else " " + words(i % 100))


def num_forms(v):
    """Ways a number may be written in text (4700 -> 4700, 4,700, 4.7 g, spelled out ...)."""
    forms = set()
    if float(v).is_integer():
        i = int(v)
        forms |= {str(i), f"{i:,}"}
        if i < 1000:
            forms.add(words(i) + " ")
        if i % 100 == 0:
            g = i / 1000
            forms |= {f"{g:g} g", f"{g:g}g", f"{g:g} grams"}
    else:
        forms |= {f"{v:g}", f"{v}"}
    return forms


# ----------------------------------------------------------------------------- charts
def check_chart(path):
    where = os.path.basename(path)
    with open(path) as f:
        c = json.load(f)
    allowed = {"chart_id", "date_of_service", "payer", "prior_authorization", "claim_lines", "documents"}
    for k in c:
        if k not in allowed:
            err(where, f"unknown top-level key {k}")
    if not isinstance(c.get("chart_id"), str) or not c["chart_id"]:
        err(where, "chart_id missing")
    if where != c.get("chart_id", "") + ".json":
        err(where, "file name does not match chart_id")
    if "date_of_service" in c and not iso_date(c["date_of_service"]):
        err(where, "date_of_service not ISO")
    payer = c.get("payer", {})
    if not isinstance(payer, dict) or payer.get("profile") not in PROFILE_EXTRA:
        err(where, "payer.profile missing or not medicare|medicaid|commercial")
    for k in payer:
        if k not in ("profile", "name"):
            err(where, f"payer has unexpected key {k}")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(where, "prior_authorization must be a string")
    for i, cl in enumerate(c.get("claim_lines", [])):
        if set(cl) != {"hcpcs", "units", "modifiers"}:
            err(where, f"claim line {i} fields {sorted(cl)}")
        if not isinstance(cl.get("hcpcs"), str) or not is_num(cl.get("units")):
            err(where, f"claim line {i} hcpcs/units types")
        if not isinstance(cl.get("modifiers"), list) or not all(isinstance(m, str) for m in cl["modifiers"]):
            err(where, f"claim line {i} modifiers must be a list of strings")
    docs = c.get("documents")
    if not isinstance(docs, list) or not (2 <= len(docs) <= 6):
        err(where, "documents must be a list of 2-6 documents")
        docs = docs or []
    ids = set()
    for d in docs:
        if set(d) != {"id", "type", "date", "text"}:
            err(where, f"document fields {sorted(d)}")
        if d.get("id") in ids:
            err(where, f"duplicate document id {d.get('id')}")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(where, f"document {d.get('id')} type {d.get('type')}")
        if not iso_date(d.get("date", "")):
            err(where, f"document {d.get('id')} date not ISO")
        if not isinstance(d.get("text"), str) or len(d["text"]) < 200:
            err(where, f"document {d.get('id')} text too short")
        if "\u21e5" in d.get("text", ""):
            err(where, f"document {d.get('id')} contains an unreplaced tab marker")
    return c


# ----------------------------------------------------------------------------- gold
def check_gold_format(path, chart):
    where = os.path.basename(path)
    with open(path) as f:
        g = json.load(f)
    if set(g) != {"chart_id", "profile", "requirements", "findings", "notes"}:
        err(where, f"gold keys {sorted(g)}")
    if g.get("chart_id") != chart["chart_id"]:
        err(where, "chart_id differs from chart")
    prof = chart["payer"]["profile"]
    if g.get("profile") != prof:
        err(where, f"profile {g.get('profile')} != chart profile {prof}")
    want = set(BASE + PROFILE_EXTRA.get(prof, []))
    got = set(g.get("requirements", {}))
    if got != want:
        err(where, f"requirement ids: missing {sorted(want - got)}, extra {sorted(got - want)}")
    for k, v in g.get("requirements", {}).items():
        if v not in STATUSES:
            err(where, f"requirement {k} status {v}")
    seen = set()
    for f in g.get("findings", []):
        kind = f.get("kind")
        if kind not in FINDING_FIELDS:
            err(where, f"unknown finding kind {kind}")
            continue
        if set(f) - {"kind"} != FINDING_FIELDS[kind]:
            err(where, f"{kind} finding fields {sorted(set(f) - {'kind'})}")
            continue
        key = json.dumps(f, sort_keys=True) if kind != "weight" else ("weight", f["value_kg"])
        if key in seen:
            err(where, f"duplicate finding {f}")
        seen.add(key)
        v = f.get("value")
        if kind == "genotype":
            a = f["alleles"]
            if not (isinstance(a, list) and len(a) == 2 and all(isinstance(x, str) and x == x.upper() for x in a)):
                err(where, f"genotype alleles {a}")
            else:
                order = lambda x: (0, x) if x == "M" else (1, x) if x == "S" else (2, x) if x == "Z" else (4, x) if x == "NULL" else (3, x)
                if sorted(a, key=order) != a:
                    err(where, f"genotype alleles not in canonical order {a}")
        elif kind == "serum_aat":
            if not is_num(v) or f["unit"] not in SERUM_UNITS:
                err(where, f"serum_aat {f}")
        elif kind == "weight":
            if not is_num(v) or f["unit"] not in ("kg", "lb"):
                err(where, f"weight {f}")
            else:
                kg = v if f["unit"] == "kg" else v * 0.45359237
                if abs(round(kg + 1e-9, 1) - f["value_kg"]) > 1e-9:
                    err(where, f"weight value_kg {f['value_kg']} != {round(kg, 1)}")
        elif kind in ("dose", "wastage", "fev1"):
            if not is_num(v) or v < 0:
                err(where, f"{kind} value {v}")
        elif kind == "expiration_date":
            if not (re.fullmatch(r"\d{4}-\d{2}", v) or iso_date(v)):
                err(where, f"expiration_date {v}")
        elif kind in ("infusion_start", "infusion_end"):
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
                err(where, f"{kind} {v}")
        elif kind == "lung_disease" and v not in LUNG:
            err(where, f"lung_disease {v}")
        elif kind == "smoking_status" and v not in SMOKING:
            err(where, f"smoking_status {v}")
        elif kind == "drug_product" and v not in PRODUCTS:
            err(where, f"drug_product {v}")
        elif kind in ("lot_number", "prior_authorization") and not isinstance(v, str):
            err(where, f"{kind} {v}")
    if not isinstance(g.get("notes"), str) or len(g["notes"]) < 40:
        err(where, "notes missing or too short")
    return g


def check_values_in_text(g, chart):
    """Every finding value should be visible somewhere in the chart text."""
    where = g["chart_id"]
    text = "\n".join(d["text"] for d in chart["documents"])
    low = text.lower()
    for f in g["findings"]:
        k, v = f["kind"], f.get("value")
        if k in ("lot_number", "prior_authorization"):
            if v not in text:
                err(where, f"{k} {v} not in chart text")
        elif k in ("infusion_start", "infusion_end"):
            if v not in text and v.replace(":", "") not in text:
                err(where, f"{k} {v} not in chart text")
        elif k == "expiration_date":
            y, m = v[:4], v[5:7]
            forms = {v, f"{m}/{y}"}
            if len(v) == 10:
                forms |= {f"{m}/{v[8:]}/{y}"}
            if not any(x in text for x in forms):
                err(where, f"expiration {v} not in chart text")
        elif k in ("dose", "wastage", "serum_aat", "weight", "fev1"):
            if k == "wastage" and v == 0:
                if not re.search(r"no (drug )?wast|no waste|waste[^\n]{0,20}\b0\b|\"waste_mg\": ?0|value=\"0\"|wasted amount \(mg\)\s*a: 0|no drug (wasted|discarded)|amount wasted", low):
                    err(where, "no-waste statement not found")
                continue
            if not any(x in text for x in num_forms(v)):
                err(where, f"{k} value {v} not in chart text")
        elif k == "drug_product":
            if v.lower().split()[0].replace("-c", "") not in low:
                err(where, f"product {v} not in chart text")


# ----------------------------------------------------------------------------- requirement logic
def derive(g, chart):
    """Re-derive each requirement status from findings + claim + facts (ANNOTATION_GUIDE rules)."""
    cid = chart["chart_id"]
    prof = chart["payer"]["profile"]
    facts = FACTS[cid]
    dos = iso_date(chart.get("date_of_service") or max(d["date"] for d in chart["documents"]))
    F = {}
    for f in g["findings"]:
        F.setdefault(f["kind"], []).append(f)
    r = {}
    r["aatd_diagnosis"] = "met" if F.get("aatd_diagnosis") else "missing"

    serum = F.get("serum_aat", [])
    low_level = any(s["value"] < THRESH[s["unit"]] for s in serum)
    r["serum_aat_level"] = "missing" if not serum else ("met" if low_level else "conflict")

    def deficient(a):
        if all(x in DEFICIENT for x in a):
            return True
        if sorted(a) == ["S", "Z"]:
            return prof != "commercial" or low_level
        return False
    gts = F.get("genotype", [])
    r["genotype"] = "missing" if not gts else ("met" if any(deficient(x["alleles"]) for x in gts) else "conflict")
    r["lung_disease_evidence"] = "met" if F.get("lung_disease") else "missing"
    r["patient_weight"] = "met" if F.get("weight") else "missing"

    doses = sorted({d["value"] for d in F.get("dose", [])})
    r["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    dose = doses[0] if len(doses) == 1 else None
    kg = facts["dos_weight_kg"]
    if kg not in [w["value_kg"] for w in F.get("weight", [])]:
        err(cid, f"FACTS dos weight {kg} kg is not among the weight findings")
    if dose is None:
        r["dose_matches_weight"] = "missing"
    else:
        target = 60 * kg
        r["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target + 1e-9 else "conflict"

    lines = chart.get("claim_lines") or []
    drug = [l for l in lines if l["hcpcs"] in BU]
    if not drug:
        r["units_match_dose"] = "not_applicable"
    elif dose is None:
        r["units_match_dose"] = "missing"
    else:
        ok = True
        for code in {l["hcpcs"] for l in drug}:
            billed = sum(l["units"] for l in drug if l["hcpcs"] == code and "JW" not in l["modifiers"])
            if billed != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        r["units_match_dose"] = "met" if ok else "conflict"

    wastes = [w["value"] for w in F.get("wastage", [])]
    waste = max(wastes) if wastes else None
    if not drug:
        r["wastage_documented"] = "met" if wastes else "missing"
    else:
        jw = [l for l in drug if "JW" in l["modifiers"]]
        jz = any("JZ" in l["modifiers"] for l in drug)
        if prof == "commercial":
            if jw:
                st = "conflict"
            elif waste is None:
                st = "missing"
            elif jz and waste > 0:
                st = "conflict"
            else:
                st = "met"
        else:
            if jw and jz:
                st = "conflict"
            elif jw:
                st = "met" if waste and waste > 0 and all(
                    l["units"] == math.floor(waste / BU[l["hcpcs"]] + 1e-9) for l in jw) else "conflict"
            elif jz or prof == "medicaid":
                st = "missing" if waste is None else ("met" if waste == 0 else "conflict")
            else:
                st = "conflict"
        r["wastage_documented"] = st

    r["lot_number"] = "met" if F.get("lot_number") else "missing"
    exps = [e["value"] for e in F.get("expiration_date", [])]
    if not exps:
        r["expiration_date"] = "missing"
    else:
        ends = [month_end(e) if len(e) == 7 else iso_date(e) for e in exps]
        r["expiration_date"] = "conflict" if any(e < dos for e in ends) else "met"
    st, en = F.get("infusion_start"), F.get("infusion_end")
    if not st or not en:
        r["infusion_times"] = "missing"
    else:
        r["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"
    has_resp = bool(F.get("response_to_therapy"))
    if facts["response_in_progress_note"] and not has_resp:
        err(cid, "FACTS says a response is in a progress note but there is no response finding")
    r["response_to_therapy"] = "met" if facts["response_in_progress_note"] else "missing"
    if prof == "medicare":
        r["prior_authorization"] = "not_applicable"
    else:
        r["prior_authorization"] = "met" if chart.get("prior_authorization") or F.get("prior_authorization") else "missing"
    prods = {p["value"] for p in F.get("drug_product", [])}
    if not drug:
        r["code_selection"] = "not_applicable"
    elif not prods:
        r["code_selection"] = "missing"
    else:
        r["code_selection"] = "met" if all(COVERS[l["hcpcs"]] & prods for l in drug) else "conflict"
    if prof in ("medicaid", "commercial"):
        sm = {s["value"] for s in F.get("smoking_status", [])}
        r["smoking_status"] = "missing" if not sm else ("conflict" if "current" in sm else "met")
    if prof == "commercial":
        fev = [x["value"] for x in F.get("fev1", [])]
        r["fev1_range"] = "missing" if not fev else ("met" if all(25 <= x <= 80 for x in fev) else "conflict")
    return r


def main():
    charts = sorted(glob.glob(os.path.join(ROOT, "charts", "*.json")))
    golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    if [os.path.basename(p) for p in charts] != [os.path.basename(p) for p in golds]:
        err("set", "charts/ and gold/ file names differ")
    complete = 0
    for cp in charts:
        c = check_chart(cp)
        gp = os.path.join(ROOT, "gold", os.path.basename(cp))
        if not os.path.exists(gp):
            continue
        g = check_gold_format(gp, c)
        check_values_in_text(g, c)
        if c["chart_id"] not in FACTS:
            err(c["chart_id"], "no FACTS entry")
            continue
        derived = derive(g, c)
        for k, v in g["requirements"].items():
            if derived.get(k) != v:
                err(c["chart_id"], f"requirement {k}: gold {v}, derived {derived.get(k)}")
        if all(v in ("met", "not_applicable") for v in g["requirements"].values()):
            complete += 1
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"{len(charts)} charts, {complete} complete")
    print("ok")


if __name__ == "__main__":
    main()
