#!/usr/bin/env python3
"""Validate b11 charts and gold against CONTRACT.md / ANNOTATION_GUIDE.md and re-do the arithmetic.

Usage: python3 src/validate.py        (prints "ok" when everything passes)

Checks
- chart JSON: fields, enums, ISO dates, 2-6 documents, unique ids, claim-line shape.
- gold JSON: chart_id/profile match, exactly the requirement ids of the profile, status enum,
  finding kinds and exactly the fields of each kind, value formats, no duplicate findings.
- arithmetic, from src/arith.json (the author's record of the DOS administration), independently of the
  gold statuses: 60 mg/kg +/- 10 % of the nearest-DOS weight, administered units = ceil(dose / billing
  unit), JW units = floor(waste / billing unit), the wastage rules per profile, expiration vs DOS,
  infusion start < stop, code coverage; lb -> kg of every weight finding.
- consistency: statuses derivable from gold findings (genotype, serum level, smoking, FEV1 range, PA)
  and that the arith facts appear among the gold findings and in the chart text.
"""
import json, math, pathlib, re, sys, datetime, calendar

ROOT = pathlib.Path(__file__).resolve().parent.parent
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

BASE = ["aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence", "patient_weight",
        "dose_administered", "dose_matches_weight", "units_match_dose", "wastage_documented",
        "lot_number", "expiration_date", "infusion_times", "response_to_therapy",
        "prior_authorization", "code_selection"]
PROFILE_REQS = {"medicare": BASE, "medicaid": BASE + ["smoking_status"],
                "commercial": BASE + ["smoking_status", "fev1_range"]}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
COVERS = {"J2252": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"},
          "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
          "J0257": {"Glassia"}, "J0222": set()}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
FIELDS = {
    "aatd_diagnosis": set(), "genotype": {"alleles"}, "serum_aat": {"value", "unit"},
    "weight": {"value", "unit", "value_kg"}, "dose": {"value"}, "wastage": {"value"},
    "lot_number": {"value"}, "expiration_date": {"value"}, "infusion_start": {"value"},
    "infusion_end": {"value"}, "lung_disease": {"value"}, "fev1": {"value"},
    "response_to_therapy": set(), "prior_authorization": {"value"}, "smoking_status": {"value"},
    "drug_product": {"value"},
}
ALLELE_ORDER = {"M": 0, "S": 1, "Z": 2}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}

def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except Exception:
        return None

def exp_date(v):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return iso(v)
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = map(int, v.split("-"))
        return datetime.date(y, m, calendar.monthrange(y, m)[1])
    return None

def allele_key(a):
    if a in ALLELE_ORDER:
        return (0, ALLELE_ORDER[a], a)
    if a == "NULL":
        return (2, 0, a)
    return (1, 0, a)

def check_chart(c):
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err("?", "chart_id missing"); return None
    allowed = {"chart_id", "date_of_service", "payer", "prior_authorization", "claim_lines", "documents"}
    for k in c:
        if k not in allowed:
            err(cid, f"unexpected chart key {k}")
    if "date_of_service" in c and not iso(c["date_of_service"]):
        err(cid, "date_of_service not ISO")
    payer = c.get("payer", {})
    if payer.get("profile") not in PROFILE_REQS:
        err(cid, f"bad profile {payer.get('profile')}")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization must be a string")
    for ln in c.get("claim_lines", []) or []:
        if set(ln) != {"hcpcs", "units", "modifiers"}:
            err(cid, f"claim line keys {sorted(ln)}")
        if not isinstance(ln.get("units"), (int, float)):
            err(cid, "units not a number")
        if not isinstance(ln.get("modifiers"), list) or not all(isinstance(m, str) for m in ln["modifiers"]):
            err(cid, "modifiers must be a list of strings")
    docs = c.get("documents")
    if not isinstance(docs, list) or not (2 <= len(docs) <= 6):
        err(cid, "documents must be a list of 2-6")
        return None
    ids = set()
    for d in docs:
        if set(d) != {"id", "type", "date", "text"}:
            err(cid, f"document keys {sorted(d)}")
        if d["id"] in ids:
            err(cid, f"duplicate doc id {d['id']}")
        ids.add(d["id"])
        if d["type"] not in DOC_TYPES:
            err(cid, f"bad doc type {d['type']}")
        if not iso(d["date"]):
            err(cid, f"doc {d['id']} date not ISO")
        n = d["text"].count("\n")
        if not (20 <= n <= 130):
            err(cid, f"doc {d['id']} has {n} lines (want roughly 25-120)")
    return cid

def check_gold(c, g, arith):
    cid = c["chart_id"]
    prof = c["payer"]["profile"]
    if g.get("chart_id") != cid:
        err(cid, "gold chart_id mismatch")
    if g.get("profile") != prof:
        err(cid, "gold profile mismatch")
    if set(g) != {"chart_id", "profile", "requirements", "findings", "notes"}:
        err(cid, f"gold keys {sorted(g)}")
    req = g["requirements"]
    if list(req) != PROFILE_REQS[prof] and set(req) != set(PROFILE_REQS[prof]):
        err(cid, f"requirement ids {sorted(set(req) ^ set(PROFILE_REQS[prof]))}")
    for k, v in req.items():
        if v not in STATUSES:
            err(cid, f"bad status {k}={v}")
    text = "\n".join(d["text"] for d in c["documents"])
    seen = set()
    by = {}
    for f in g["findings"]:
        kind = f.get("kind")
        if kind not in FIELDS:
            err(cid, f"bad finding kind {kind}"); continue
        if set(f) - {"kind"} != FIELDS[kind]:
            err(cid, f"finding {kind} fields {sorted(set(f) - {'kind'})}")
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            err(cid, f"duplicate finding {key}")
        seen.add(key)
        by.setdefault(kind, []).append(f)
        v = f.get("value")
        if kind == "genotype":
            al = f["alleles"]
            if len(al) != 2 or any(a != a.upper() for a in al) or sorted(al, key=allele_key) != al:
                err(cid, f"genotype alleles not canonical {al}")
        elif kind == "serum_aat":
            if f["unit"] not in {"mg/dL", "g/L", "uM"} or not isinstance(v, (int, float)):
                err(cid, f"serum finding {f}")
        elif kind == "weight":
            if f["unit"] == "kg":
                if round(v, 1) != f["value_kg"]:
                    err(cid, f"kg weight value_kg {f}")
            elif f["unit"] == "lb":
                if round(v * 0.45359237, 1) != f["value_kg"]:
                    err(cid, f"lb->kg {v} lb -> {round(v*0.45359237,1)} not {f['value_kg']}")
            else:
                err(cid, f"weight unit {f['unit']}")
            sval = ("%g" % v)
            if sval not in text and sval.replace(".", ",") not in text and ("%.1f" % v) not in text:
                err(cid, f"weight {v} not in chart text")
        elif kind in ("dose", "wastage", "fev1"):
            if not isinstance(v, (int, float)):
                err(cid, f"{kind} value not numeric")
        elif kind == "expiration_date":
            if not exp_date(v):
                err(cid, f"bad expiration {v}")
        elif kind in ("infusion_start", "infusion_end"):
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
                err(cid, f"bad time {v}")
        elif kind == "lung_disease":
            if v not in {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}:
                err(cid, f"lung value {v}")
        elif kind == "smoking_status":
            if v not in {"never", "former", "current"}:
                err(cid, f"smoking value {v}")
        elif kind == "drug_product":
            if v not in PRODUCTS:
                err(cid, f"product {v}")
        elif kind in ("lot_number", "prior_authorization"):
            if v not in text:
                err(cid, f"{kind} {v} not found in chart text")

    # ---------- arithmetic re-done from arith.json ----------
    dos = iso(c.get("date_of_service") or max(d["date"] for d in c["documents"]))
    lines = c.get("claim_lines") or []
    drug = [l for l in lines if l["hcpcs"] in BU]
    dose, waste, w = arith["dose_mg"], arith["waste_mg"], arith["dos_weight_kg"]
    exp = {}
    # dose_matches_weight
    if dose is None or w is None:
        exp["dose_matches_weight"] = "missing"
    else:
        target = 60 * w
        exp["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target + 1e-9 else "conflict"
    exp["dose_administered"] = "met" if dose is not None else "missing"
    exp["patient_weight"] = "met" if w is not None else "missing"
    # units_match_dose
    if not lines or not drug:
        exp["units_match_dose"] = "not_applicable"
    elif dose is None:
        exp["units_match_dose"] = "missing"
    else:
        ok = True
        for code in {l["hcpcs"] for l in drug}:
            billed = sum(l["units"] for l in drug if l["hcpcs"] == code and "JW" not in l["modifiers"])
            if billed != math.ceil(round(dose / BU[code], 6)):
                ok = False
        exp["units_match_dose"] = "met" if ok else "conflict"
    # wastage_documented
    prof_ = prof
    if not lines or not drug:
        exp["wastage_documented"] = "met" if waste is not None else "missing"
    else:
        jw = [l for l in drug if "JW" in l["modifiers"]]
        jz = any("JZ" in l["modifiers"] for l in drug)
        if prof_ == "commercial":
            if jw:
                s = "conflict"
            elif jz and waste:
                s = "conflict"
            else:
                s = "met" if waste is not None else "missing"
        else:
            if jw and jz:
                s = "conflict"
            elif jw:
                code = jw[0]["hcpcs"]
                s = "met" if (waste and waste > 0 and sum(l["units"] for l in jw) == math.floor(round(waste / BU[code], 6))) else "conflict"
            elif jz or prof_ == "medicaid":
                s = "missing" if waste is None else ("met" if waste == 0 else "conflict")
            else:
                s = "conflict"
        exp["wastage_documented"] = s
    # expiration
    exps = [exp_date(e) for e in arith["expirations"]]
    if not exps:
        exp["expiration_date"] = "missing"
    else:
        exp["expiration_date"] = "conflict" if any(e < dos for e in exps) else "met"
    # infusion_times
    st, en = arith["start"], arith["end"]
    if st and en:
        exp["infusion_times"] = "met" if en > st else "conflict"
    else:
        exp["infusion_times"] = "missing"
    # code_selection
    if not lines or not drug:
        exp["code_selection"] = "not_applicable"
    elif not arith["products"]:
        exp["code_selection"] = "missing"
    else:
        prods = set(arith["products"])
        exp["code_selection"] = "met" if all(prods & COVERS[l["hcpcs"]] for l in drug) else "conflict"

    # ---------- statuses derivable from the gold findings ----------
    ser = by.get("serum_aat", [])
    def below(f):
        return {"mg/dL": f["value"] < 57, "uM": f["value"] < 11, "g/L": f["value"] < 0.57}[f["unit"]]
    low = any(below(f) for f in ser)
    exp["serum_aat_level"] = "met" if low else ("conflict" if ser else "missing")
    gts = by.get("genotype", [])
    def deficient(al):
        a, b = al
        if a in DEFICIENT and b in DEFICIENT:
            return True
        if sorted(al) == ["S", "Z"]:
            return prof != "commercial" or low
        return False
    exp["genotype"] = "met" if any(deficient(f["alleles"]) for f in gts) else ("conflict" if gts else "missing")
    exp["aatd_diagnosis"] = "met" if "aatd_diagnosis" in by else "missing"
    exp["lung_disease_evidence"] = "met" if "lung_disease" in by else "missing"
    exp["response_to_therapy_finding"] = "response_to_therapy" in by
    if prof == "medicare":
        exp["prior_authorization"] = "not_applicable"
    else:
        exp["prior_authorization"] = "met" if (c.get("prior_authorization") or "prior_authorization" in by) else "missing"
    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in by.get("smoking_status", [])}
        exp["smoking_status"] = "conflict" if "current" in sm else ("met" if sm else "missing")
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        if not fv:
            exp["fev1_range"] = "missing"
        elif all(25 <= x <= 80 for x in fv):
            exp["fev1_range"] = "met"
        elif all(not (25 <= x <= 80) for x in fv):
            exp["fev1_range"] = "conflict"
        else:
            err(cid, "mixed FEV1 values in and out of range: ambiguous, avoid")
    for k, v in exp.items():
        if k.endswith("_finding"):
            continue
        if req.get(k) != v:
            err(cid, f"{k}: gold {req.get(k)} but recomputed {v}")
    if req["response_to_therapy"] == "met" and not exp["response_to_therapy_finding"]:
        err(cid, "response met without a response finding")
    if req["response_to_therapy"] == "missing" and exp["response_to_therapy_finding"]:
        err(cid, "response finding present but status missing (check doc type)")

    # ---------- arith facts present among findings ----------
    def has(kind, **kw):
        return any(all(f.get(k) == v for k, v in kw.items()) for f in by.get(kind, []))
    if dose is not None and not has("dose", value=dose):
        err(cid, "dose finding missing")
    if len(by.get("dose", [])) > 1:
        err(cid, "more than one dose finding")
    if w is not None and not has("weight", value_kg=w):
        err(cid, "DOS weight finding missing")
    if waste is not None and not has("wastage", value=waste):
        err(cid, "wastage finding missing")
    if st and not has("infusion_start", value=st):
        err(cid, "start finding missing")
    if en and not has("infusion_end", value=en):
        err(cid, "end finding missing")
    gold_exp = {f["value"] for f in by.get("expiration_date", [])}
    if gold_exp != set(arith["expirations"]):
        err(cid, f"expiration findings {gold_exp} vs arith {arith['expirations']}")
    for p in arith["products"]:
        if not has("drug_product", value=p):
            err(cid, f"product {p} missing from findings")
    if dose is None and any(by.get(k) for k in ("dose", "lot_number", "infusion_start", "infusion_end")):
        err(cid, "administration findings without an administration")

def main():
    arith = json.loads((ROOT / "src" / "arith.json").read_text())
    charts = sorted((ROOT / "charts").glob("*.json"))
    golds = sorted((ROOT / "gold").glob("*.json"))
    if [p.name for p in charts] != [p.name for p in golds]:
        err("*", "charts/ and gold/ file sets differ")
    for p in charts:
        c = json.loads(p.read_text())
        cid = check_chart(c)
        if cid is None:
            continue
        if p.stem != cid:
            err(cid, "file name != chart_id")
        gp = ROOT / "gold" / p.name
        if not gp.exists():
            continue
        g = json.loads(gp.read_text())
        if cid not in arith:
            err(cid, "no arith entry"); continue
        check_gold(c, g, arith[cid])
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"ok ({len(charts)} charts)")

if __name__ == "__main__":
    main()
