#!/usr/bin/env python3
"""Validate the b9 blind charts and gold files.

Checks every chart against the chart contract (CONTRACT.md section 1), every gold file
against ANNOTATION_GUIDE.md (requirement ids per profile, finding kinds and fields), and
re-derives the requirement statuses from the gold findings + claim lines with the guide's
default ruleset (unit arithmetic, JW/JZ, 60 mg/kg +/- 10 %, lb->kg, expiration vs DOS,
code selection, ...). Prints "ok" when everything agrees.
Run: python3 src/validate.py
"""
import json, math, os, re, sys, calendar, datetime

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
LB = 0.45359237

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
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}

# kind -> required extra fields and their checkers
def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)

KINDS = {
    "aatd_diagnosis": {},
    "genotype": {"alleles": lambda v: isinstance(v, list) and len(v) == 2 and all(isinstance(a, str) and a == a.upper() for a in v)},
    "serum_aat": {"value": _num, "unit": lambda v: v in ("mg/dL", "g/L", "uM")},
    "weight": {"value": _num, "unit": lambda v: v in ("kg", "lb"), "value_kg": _num},
    "dose": {"value": _num},
    "wastage": {"value": _num},
    "lot_number": {"value": lambda v: isinstance(v, str) and v},
    "expiration_date": {"value": lambda v: isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v)},
    "infusion_start": {"value": lambda v: isinstance(v, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v)},
    "infusion_end": {"value": lambda v: isinstance(v, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v)},
    "lung_disease": {"value": lambda v: v in LUNG},
    "fev1": {"value": _num},
    "response_to_therapy": {},
    "prior_authorization": {"value": lambda v: isinstance(v, str) and v},
    "smoking_status": {"value": lambda v: v in ("never", "former", "current")},
    "drug_product": {"value": lambda v: v in PRODUCTS},
}

# Chart context the findings alone cannot carry: the weight dated nearest the DOS
# (checked to be one of the weight findings) and whether a level was measured by RID.
CONTEXT = {
    "b9-001": {"dos_weight_kg": 69.9},
    "b9-002": {"dos_weight_kg": 68.6},
    "b9-003": {"dos_weight_kg": 68.6},
    "b9-004": {"dos_weight_kg": 81.4},
    "b9-005": {"dos_weight_kg": 58.5},
    "b9-006": {"dos_weight_kg": 66.7},
    "b9-007": {"dos_weight_kg": 88.2},
    "b9-008": {"dos_weight_kg": 84.0},
    "b9-009": {"dos_weight_kg": 74.8},
    "b9-010": {"dos_weight_kg": 70.3},
    "b9-011": {"dos_weight_kg": 77.0},
    "b9-012": {"dos_weight_kg": 72.6},
    "b9-013": {"dos_weight_kg": 85.3},
    "b9-014": {"dos_weight_kg": 86.2},
    "b9-015": {"dos_weight_kg": 59.9},
    "b9-016": {"dos_weight_kg": 78.4},
    "b9-017": {"dos_weight_kg": 90.6},
    "b9-018": {"dos_weight_kg": 63.0},
}

ALLELE_RANK = lambda a: (0, a) if a == "M" else (1, a) if a == "S" else (2, a) if a == "Z" else (4, a) if a == "NULL" else (3, a)

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def iso_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except Exception:
        return False


def exp_last_day(v):
    if len(v) == 7:
        y, m = map(int, v.split("-"))
        return datetime.date(y, m, calendar.monthrange(y, m)[1])
    return datetime.date.fromisoformat(v)


def check_chart(c):
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err("?", "chart_id missing")
        return
    dos = c.get("date_of_service")
    if dos is not None and not iso_date(dos):
        err(cid, f"bad date_of_service {dos}")
    p = c.get("payer", {})
    if p.get("profile", "medicare") not in PROFILE_EXTRA:
        err(cid, f"bad profile {p}")
    if set(p) - {"profile", "name"}:
        err(cid, f"unexpected payer keys {set(p)}")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization must be a string")
    allowed = {"chart_id", "date_of_service", "payer", "prior_authorization", "claim_lines", "documents"}
    if set(c) - allowed:
        err(cid, f"unexpected chart keys {set(c) - allowed}")
    for ln in c.get("claim_lines", []):
        if not isinstance(ln.get("hcpcs"), str) or not _num(ln.get("units")) or not isinstance(ln.get("modifiers"), list) \
                or not all(isinstance(m, str) for m in ln["modifiers"]) or set(ln) - {"hcpcs", "units", "modifiers"}:
            err(cid, f"bad claim line {ln}")
    docs = c.get("documents")
    if not isinstance(docs, list) or not (2 <= len(docs) <= 6):
        err(cid, "documents must be a list of 2-6")
        return
    ids = set()
    for d in docs:
        if set(d) != {"id", "type", "date", "text"}:
            err(cid, f"doc keys {set(d)}")
        if d["id"] in ids:
            err(cid, f"duplicate doc id {d['id']}")
        ids.add(d["id"])
        if d["type"] not in DOC_TYPES:
            err(cid, f"bad doc type {d['type']}")
        if not iso_date(d["date"]):
            err(cid, f"bad doc date {d['date']}")
        if not isinstance(d["text"], str) or len(d["text"].splitlines()) < 15:
            err(cid, f"doc {d['id']} text too short")


def check_gold(c, g):
    cid = c["chart_id"]
    profile = c.get("payer", {}).get("profile", "medicare")
    if g.get("chart_id") != cid:
        err(cid, "gold chart_id mismatch")
    if g.get("profile") != profile:
        err(cid, f"gold profile {g.get('profile')} != chart {profile}")
    if set(g) != {"chart_id", "profile", "requirements", "findings", "notes"}:
        err(cid, f"gold keys {set(g)}")
    if not isinstance(g.get("notes"), str) or len(g["notes"]) < 40:
        err(cid, "notes missing")
    want = set(BASE + PROFILE_EXTRA[profile])
    reqs = g.get("requirements", {})
    if set(reqs) != want:
        err(cid, f"requirement ids differ: extra {set(reqs) - want}, missing {want - set(reqs)}")
    for k, v in reqs.items():
        if v not in STATUSES:
            err(cid, f"bad status {k}={v}")
    seen = set()
    alltext = "\n".join(d["text"] for d in c["documents"])
    for f in g.get("findings", []):
        kind = f.get("kind")
        if kind not in KINDS:
            err(cid, f"unknown finding kind {kind}")
            continue
        spec = KINDS[kind]
        if set(f) != {"kind"} | set(spec):
            err(cid, f"finding fields {f}")
            continue
        for field, ok in spec.items():
            if not ok(f[field]):
                err(cid, f"bad {kind}.{field} = {f[field]!r}")
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            err(cid, f"duplicate finding {f}")
        seen.add(key)
        if kind == "genotype" and sorted(f["alleles"], key=ALLELE_RANK) != f["alleles"]:
            err(cid, f"alleles not in canonical order {f['alleles']}")
        if kind == "weight":
            exp = round(f["value"] * LB, 1) if f["unit"] == "lb" else round(f["value"], 1)
            if abs(exp - f["value_kg"]) > 1e-9:
                err(cid, f"weight value_kg {f['value_kg']} != {exp}")
        if kind in ("lot_number", "prior_authorization") and f["value"] not in alltext:
            err(cid, f"{kind} {f['value']} not found verbatim in the chart text")
        if kind == "expiration_date":
            try:
                exp_last_day(f["value"])
            except Exception:
                err(cid, f"bad expiration {f['value']}")
    # one finding per distinct normalized value (weights: unit+value)
    for kind in ("aatd_diagnosis", "response_to_therapy"):
        if sum(1 for f in g["findings"] if f["kind"] == kind) > 1:
            err(cid, f"more than one {kind} finding")


def derive(c, g):
    """Re-derive requirement statuses from findings + claim lines (guide's default ruleset)."""
    cid = c["chart_id"]
    profile = c.get("payer", {}).get("profile", "medicare")
    ctx = CONTEXT.get(cid, {})
    F = {}
    for f in g["findings"]:
        F.setdefault(f["kind"], []).append(f)
    dos = datetime.date.fromisoformat(c.get("date_of_service") or max(d["date"] for d in c["documents"]))
    out = {}
    out["aatd_diagnosis"] = "met" if F.get("aatd_diagnosis") else "missing"

    # genotype
    gts = F.get("genotype", [])
    levels = F.get("serum_aat", [])
    rid = ctx.get("rid", False)

    def low(l):
        v, u = l["value"], l["unit"]
        if u == "uM":
            return v < 11
        if u == "mg/dL":
            return v < (80 if rid else 57)
        return v < (0.8 if rid else 0.57)
    any_low = any(low(l) for l in levels)

    def deficient(al):
        a = set(al)
        if set(al) <= DEFICIENT:
            return True
        if sorted(al) == ["S", "Z"]:
            return profile != "commercial" or any_low
        return False
    if not gts:
        out["genotype"] = "missing"
    else:
        out["genotype"] = "met" if any(deficient(x["alleles"]) for x in gts) else "conflict"
    out["serum_aat_level"] = "missing" if not levels else ("met" if any_low else "conflict")
    out["lung_disease_evidence"] = "met" if F.get("lung_disease") else "missing"
    weights = F.get("weight", [])
    out["patient_weight"] = "met" if weights else "missing"
    doses = F.get("dose", [])
    out["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    # dose vs weight
    if not doses or not weights:
        out["dose_matches_weight"] = "missing"
    else:
        wkg = ctx["dos_weight_kg"]
        if wkg not in [w["value_kg"] for w in weights]:
            err(cid, f"context dos_weight_kg {wkg} is not one of the weight findings")
        target = 60 * wkg
        out["dose_matches_weight"] = "met" if abs(doses[0]["value"] - target) <= 0.1 * target + 1e-9 else "conflict"
    # claim lines
    lines = c.get("claim_lines")
    drug = [l for l in (lines or []) if l["hcpcs"] in BU]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]
    if not lines or not drug:
        out["units_match_dose"] = "not_applicable"
    elif not doses:
        out["units_match_dose"] = "missing"
    else:
        dose = doses[0]["value"]
        ok = True
        for code in {l["hcpcs"] for l in admin}:
            units = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if units != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        out["units_match_dose"] = "met" if ok and admin else "conflict"
    # wastage
    wst = F.get("wastage", [])
    waste = max((w["value"] for w in wst), default=None)
    if not lines or not drug:
        out["wastage_documented"] = "met" if wst else "missing"
    else:
        jz = any("JZ" in l["modifiers"] for l in drug)
        codes_with_both = {l["hcpcs"] for l in jw} & {l["hcpcs"] for l in drug if "JZ" in l["modifiers"]}
        if codes_with_both:
            out["wastage_documented"] = "conflict"
        elif profile == "commercial":
            if jw:
                out["wastage_documented"] = "conflict"
            elif jz and waste and waste > 0:
                out["wastage_documented"] = "conflict"
            else:
                out["wastage_documented"] = "met" if wst else "missing"
        elif jw:
            ok = waste is not None and waste > 0
            if ok:
                for code in {l["hcpcs"] for l in jw}:
                    units = sum(l["units"] for l in jw if l["hcpcs"] == code)
                    if units != math.floor(waste / BU[code] + 1e-9):
                        ok = False
            out["wastage_documented"] = "met" if ok else "conflict"
        elif jz or profile == "medicaid":
            if waste is None:
                out["wastage_documented"] = "missing"
            else:
                out["wastage_documented"] = "met" if waste == 0 else "conflict"
        else:  # medicare, neither JW nor JZ
            out["wastage_documented"] = "conflict"
    out["lot_number"] = "met" if F.get("lot_number") else "missing"
    exps = F.get("expiration_date", [])
    if not exps:
        out["expiration_date"] = "missing"
    else:
        out["expiration_date"] = "conflict" if any(exp_last_day(e["value"]) < dos for e in exps) else "met"
    st, en = F.get("infusion_start", []), F.get("infusion_end", [])
    if not st or not en:
        out["infusion_times"] = "missing"
    else:
        out["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"
    out["response_to_therapy"] = "met" if F.get("response_to_therapy") else "missing"
    if profile == "medicare":
        out["prior_authorization"] = "not_applicable"
    else:
        out["prior_authorization"] = "met" if (c.get("prior_authorization") or F.get("prior_authorization")) else "missing"
    prods = {p["value"] for p in F.get("drug_product", [])}
    if not lines or not drug:
        out["code_selection"] = "not_applicable"
    elif not prods:
        out["code_selection"] = "missing"
    else:
        out["code_selection"] = "met" if all(COVERS[l["hcpcs"]] & prods for l in drug) else "conflict"
    if profile in ("medicaid", "commercial"):
        sm = {s["value"] for s in F.get("smoking_status", [])}
        out["smoking_status"] = "missing" if not sm else ("conflict" if "current" in sm else "met")
    if profile == "commercial":
        fv = [x["value"] for x in F.get("fev1", [])]
        out["fev1_range"] = "missing" if not fv else ("met" if all(25 <= v <= 80 for v in fv) else "conflict")
    return out


def main():
    charts = sorted(os.listdir(os.path.join(ROOT, "charts")))
    golds = sorted(os.listdir(os.path.join(ROOT, "gold")))
    if charts != golds:
        err("*", f"chart/gold file sets differ: {set(charts) ^ set(golds)}")
    summary = {"complete": 0, "gap": 0}
    for fn in charts:
        c = json.load(open(os.path.join(ROOT, "charts", fn)))
        if fn != c.get("chart_id", "") + ".json":
            err(fn, "file name != chart_id")
        check_chart(c)
        gp = os.path.join(ROOT, "gold", fn)
        if not os.path.exists(gp):
            continue
        g = json.load(open(gp))
        check_gold(c, g)
        derived = derive(c, g)
        for k, v in g["requirements"].items():
            if derived.get(k) != v:
                err(c["chart_id"], f"{k}: gold {v} but derived {derived.get(k)}")
        complete = not any(v in ("missing", "conflict") for v in g["requirements"].values())
        summary["complete" if complete else "gap"] += 1
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"{len(charts)} charts: {summary['complete']} complete, {summary['gap']} with gaps")
    print("ok")


if __name__ == "__main__":
    main()
