#!/usr/bin/env python3
"""Validate batch b22: contract shape, guide rules, evidence, arithmetic, re-derived statuses.

Independent re-implementation of ANNOTATION_GUIDE.md "Requirement semantics" applied to
gold findings + claim lines + the private keys kept in src/defs (weight dates, RID method,
product given on the DOS). Prints `ok (N charts)` or the list of problems.
"""
import importlib.util
import json
import math
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFS = os.path.join(HERE, "defs")
sys.path.insert(0, HERE)

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
KIND_FIELDS = {
    "aatd_diagnosis": [],
    "genotype": ["alleles"],
    "serum_aat": ["value", "unit"],
    "weight": ["value", "unit", "value_kg"],
    "dose": ["value"],
    "wastage": ["value"],
    "lot_number": ["value"],
    "expiration_date": ["value"],
    "infusion_start": ["value"],
    "infusion_end": ["value"],
    "lung_disease": ["value"],
    "fev1": ["value"],
    "response_to_therapy": [],
    "prior_authorization": ["value"],
    "smoking_status": ["value"],
    "drug_product": ["value"],
}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
SERUM_UNITS = {"mg/dL", "g/L", "uM"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
COVERS = {
    "J2252": PRODUCTS,
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
DRUG_CODES = set(BU)

problems = []


def err(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- helpers
def allele_rank(a):
    if a == "M":
        return (0, a)
    if a == "S":
        return (1, a)
    if a == "Z":
        return (2, a)
    if a == "NULL":
        return (4, a)
    return (3, a)


def norm_key(f):
    k = f["kind"]
    if k == "genotype":
        return (k, tuple(f["alleles"]))
    if k == "weight":
        return (k, f["value_kg"])
    if k == "serum_aat":
        return (k, f["value"], f["unit"])
    if "value" in f:
        return (k, f["value"])
    return (k,)


WORDS = {
    "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}


def words_to_number(s):
    """'four thousand 200' -> 4200; 'fifty six point four' -> 56.4; '3 thousand 840' -> 3840."""
    toks = re.findall(r"[a-z]+|\d+(?:\.\d+)?", s.lower().replace(",", ""))
    total, cur, frac, in_frac = 0, 0, "", False
    for t in toks:
        if t == "point":
            in_frac = True
            continue
        if in_frac:
            frac += str(WORDS[t]) if t in WORDS else t
            continue
        if t in ("and",):
            continue
        if t == "hundred":
            cur = (cur or 1) * 100
        elif t == "thousand":
            total += (cur or 1) * 1000
            cur = 0
        elif t in WORDS:
            cur += WORDS[t]
        elif re.fullmatch(r"\d+(?:\.\d+)?", t):
            cur += float(t) if "." in t else int(t)
        else:
            raise ValueError("not a number word: %r in %r" % (t, s))
    val = total + cur
    if in_frac:
        val = float("%s.%s" % (int(val), frac))
    return val


def words_to_time(s):
    """'nine forty two' -> 09:42; 'ten 28' -> 10:28; 'one oh five pm' -> 13:05; '10 57' -> 10:57."""
    low = s.lower()
    pm = " pm" in low or "p.m" in low
    toks = re.findall(r"[a-z]+|\d+", low.replace("p.m.", "").replace("a.m.", ""))
    toks = [t for t in toks if t not in ("am", "pm", "at", "about")]
    h = WORDS[toks[0]] if toks[0] in WORDS else int(toks[0])
    rest = toks[1:]
    if not rest:
        m = 0
    else:
        m = 0
        for t in rest:
            m += WORDS[t] if t in WORDS else int(t)
    if pm and h < 12:
        h += 12
    return "%02d:%02d" % (h, m)


def num_forms(v):
    out = set()
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        out.add(str(v))
        out.add("{:,}".format(v))
    else:
        out.add(repr(v))
        out.add("%.1f" % v)
        out.add("%.2f" % v)
        out.add(str(v))
    return out


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULLMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


def exp_forms(v):
    y, m = int(v[:4]), int(v[5:7])
    d = int(v[8:10]) if len(v) > 7 else None
    out = {v}
    yy = "%02d" % (y % 100)
    for mm in ("%02d" % m, str(m)):
        for sep in ("/", "-", "."):
            out.add("%s%s%d" % (mm, sep, y))
            out.add("%s%s%s" % (mm, sep, yy))
            if d:
                for dd in ("%02d" % d, str(d)):
                    out.add("%s%s%s%s%d" % (mm, sep, dd, sep, y))
                    out.add("%s%s%s%s%s" % (mm, sep, dd, sep, yy))
    out.add("%s %d" % (MONTHS[m - 1], y))
    out.add("%s %d" % (MONTHS[m - 1].upper(), y))
    out.add("%s-%d" % (MONTHS[m - 1].upper(), y))
    out.add("%s %d" % (FULLMONTHS[m - 1], y))
    out.add("%d-%s" % (y, MONTHS[m - 1].upper()))
    if d:
        out.add("%d-%s-%02d" % (y, MONTHS[m - 1].upper(), d))
        out.add("%02d-%s-%d" % (d, MONTHS[m - 1].upper(), y))
        out.add("%02d%s%d" % (d, MONTHS[m - 1].upper(), y))
        out.add("%02d%s%s" % (d, MONTHS[m - 1].upper(), yy))
    return out


def time_forms(v):
    h, m = int(v[:2]), int(v[3:])
    out = {v, "%02d%02d" % (h, m), "%d:%02d" % (h, m)}
    h12 = h % 12 or 12
    for suf in ("am", "pm", " am", " pm", "AM", "PM", " AM", " PM", "a", "p"):
        if (suf.strip().lower().startswith("p")) == (h >= 12):
            out.add("%d:%02d%s" % (h12, m, suf))
    return out


GENO_ALIASES = {
    "Z": ["Z", "1096G>A", "1024G>A", "GLU342LYS", "GLU366LYS", "RS28929474"],
    "S": ["S", "863A>T", "791A>T", "GLU264VAL", "GLU288VAL", "RS17580"],
    "M": ["M", "NEGATIVE FOR S AND Z"],
    "NULL": ["NULL", "Q0", "QO"],
    "MMALTON": ["MMALTON", "MALTON"],
    "MHEERLEN": ["MHEERLEN", "HEERLEN"],
}
LUNG_WORDS = {
    "emphysema": ["emphysema", "j43"],
    "copd": ["copd", "j44", "chronic obstructive"],
    "airflow_obstruction": ["obstruct", "airflow limitation"],
    "bronchiectasis": ["bronchiectasis"],
}
SMOKE_WORDS = {
    "never": ["never", "non-smoker", "nonsmoker", "lifelong non"],
    "former": ["former", "quit", "ex-smoker", "ex smoker", "x-smoker"],
    "current": ["current", "smoking", "cig", "smokes", "relapse", "pack"],
}
DX_WORDS = ["alpha-1 antitrypsin deficiency", "alpha 1 antitrypsin deficiency", "aatd",
            "a1at deficiency", "alpha-1 deficiency", "alpha one antitrypsin deficiency",
            "e88.01", "alpha-1-antitrypsin deficiency", "alpha1 antitrypsin deficiency",
            "alpha-1 anti-trypsin deficiency", "a1atd", "alpha 1 deficiency"]


def carries(f, ev):
    """True when the evidence snippet carries the finding's normalized value."""
    k = f["kind"]
    low = ev.lower()
    up = ev.upper()
    carry = f.get("_carry")
    if carry is not None and carry not in ev:
        return False
    if k in ("weight",):
        if carry:
            return abs(words_to_number(carry) - f["value"]) < 1e-9
        return any(x in ev for x in num_forms(f["value"]))
    if k in ("serum_aat", "fev1", "dose", "wastage"):
        if k == "wastage" and f["value"] == 0:
            return any(w in low for w in ("no waste", "0 mg", "none", "entire", "all ", "zero", "no drug wasted", "nothing"))
        if carry:
            return abs(words_to_number(carry) - f["value"]) < 1e-9
        forms = num_forms(f["value"])
        if k == "dose" and f["value"] % 100 == 0:
            g = f["value"] / 1000
            forms |= {("%g g" % g), ("%.1f g" % g), ("%g gm" % g), ("%.1f gm" % g), ("%g grams" % g)}
        return any(x in ev for x in forms)
    if k in ("lot_number", "prior_authorization"):
        return f["value"] in ev
    if k == "expiration_date":
        if carry:
            return True  # carry string reviewed by hand; must still be in the snippet
        return any(x in ev for x in exp_forms(f["value"]))
    if k in ("infusion_start", "infusion_end"):
        if carry:
            return words_to_time(carry) == f["value"]
        return any(x in ev for x in time_forms(f["value"]))
    if k == "genotype":
        return all(any(a in up for a in GENO_ALIASES.get(al, [al])) for al in f["alleles"])
    if k == "lung_disease":
        return any(w in low for w in LUNG_WORDS[f["value"]])
    if k == "smoking_status":
        return any(w in low for w in SMOKE_WORDS[f["value"]])
    if k == "drug_product":
        names = [f["value"].lower()] + ([carry.lower()] if carry else [])
        return any(n in low for n in names)
    if k == "aatd_diagnosis":
        return any(w in low for w in DX_WORDS)
    if k == "response_to_therapy":
        return len(ev) >= 15
    return False


def iso(s):
    return date.fromisoformat(s)


def exp_last_day(v):
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:7])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return iso(v)


def hhmm(v):
    return int(v[:2]) * 60 + int(v[3:])


# ---------------------------------------------------------------- derivation
def threshold_ok(f):
    """True when the serum level is below the profile threshold."""
    rid = f.get("_method") == "RID"
    v, u = f["value"], f["unit"]
    if u == "uM":
        return v < 11
    if u == "mg/dL":
        return v < (80 if rid else 57)
    if u == "g/L":
        return v < (0.8 if rid else 0.57)
    raise ValueError(u)


def derive(m, chart):
    prof = chart["payer"]["profile"]
    dos = iso(chart["date_of_service"])
    F = m.FINDINGS
    by = {}
    for f in F:
        by.setdefault(f["kind"], []).append(f)
    R = {}
    R["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"

    serum = by.get("serum_aat", [])
    low_level = any(threshold_ok(f) for f in serum)
    R["serum_aat_level"] = "missing" if not serum else ("met" if low_level else "conflict")

    geno = by.get("genotype", [])
    if not geno:
        R["genotype"] = "missing"
    else:
        def deficient(al):
            a, b = al
            if a in DEFICIENT and b in DEFICIENT:
                return True
            if sorted(al) == ["S", "Z"]:
                return prof != "commercial" or low_level
            return False
        R["genotype"] = "met" if any(deficient(g["alleles"]) for g in geno) else "conflict"

    R["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"
    weights = by.get("weight", [])
    R["patient_weight"] = "met" if weights else "missing"

    doses = sorted({f["value"] for f in by.get("dose", [])})
    R["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")

    if doses and weights:
        near = min(abs((iso(w["_date"]) - dos).days) for w in weights)
        cands = [w for w in weights if abs((iso(w["_date"]) - dos).days) == near]
        if len({w["value_kg"] for w in cands}) != 1:
            raise ValueError("%s: ambiguous nearest weight" % m.CHART_ID)
        kg = cands[0]["value_kg"]
        target = 60 * kg
        R["dose_matches_weight"] = "met" if all(abs(d - target) <= 0.1 * target + 1e-9 for d in doses) else "conflict"
    else:
        R["dose_matches_weight"] = "missing"

    lines = chart.get("claim_lines")
    drug = [l for l in (lines or []) if l["hcpcs"] in DRUG_CODES]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]

    if not lines or not drug:
        R["units_match_dose"] = "not_applicable"
    elif not doses:
        R["units_match_dose"] = "missing"
    elif len(doses) > 1:
        R["units_match_dose"] = "conflict"
    else:
        ok = True
        for code in sorted({l["hcpcs"] for l in admin}):
            billed = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if billed != math.ceil(doses[0] / BU[code] - 1e-9):
                ok = False
        if not admin:
            ok = False
        R["units_match_dose"] = "met" if ok else "conflict"

    wastes = sorted({f["value"] for f in by.get("wastage", [])})
    waste_stmt = bool(by.get("wastage"))
    waste_pos = any(w > 0 for w in wastes)
    if not lines or not drug:
        R["wastage_documented"] = "met" if waste_stmt else "missing"
    elif prof == "commercial":
        if jw:
            R["wastage_documented"] = "conflict"
        elif any("JZ" in l["modifiers"] for l in admin) and waste_pos:
            R["wastage_documented"] = "conflict"
        else:
            R["wastage_documented"] = "met" if waste_stmt else "missing"
    else:
        codes = {l["hcpcs"] for l in drug}
        both = any(
            any("JW" in l["modifiers"] for l in drug if l["hcpcs"] == c)
            and any("JZ" in l["modifiers"] for l in drug if l["hcpcs"] == c)
            for c in codes)
        if both:
            R["wastage_documented"] = "conflict"
        elif jw:
            if not waste_pos or len([w for w in wastes if w > 0]) != 1:
                R["wastage_documented"] = "conflict"
            else:
                w = [w for w in wastes if w > 0][0]
                ok = all(sum(l["units"] for l in jw if l["hcpcs"] == c) == math.floor(w / BU[c] + 1e-9)
                         for c in {l["hcpcs"] for l in jw})
                R["wastage_documented"] = "met" if ok else "conflict"
        else:
            jz = any("JZ" in l["modifiers"] for l in admin)
            if not jz and prof == "medicare":
                R["wastage_documented"] = "conflict"
            elif waste_pos:
                R["wastage_documented"] = "conflict"
            elif waste_stmt:
                R["wastage_documented"] = "met"
            else:
                R["wastage_documented"] = "missing"

    R["lot_number"] = "met" if by.get("lot_number") else "missing"
    exps = by.get("expiration_date", [])
    if not exps:
        R["expiration_date"] = "missing"
    else:
        R["expiration_date"] = "met" if all(exp_last_day(e["value"]) >= dos for e in exps) else "conflict"

    st, en = by.get("infusion_start", []), by.get("infusion_end", [])
    if not st or not en:
        R["infusion_times"] = "missing"
    else:
        R["infusion_times"] = "conflict" if any(hhmm(e["value"]) < hhmm(s["value"]) for s in st for e in en) else "met"

    R["response_to_therapy"] = "met" if by.get("response_to_therapy") else "missing"
    if prof == "medicare":
        R["prior_authorization"] = "not_applicable"
    else:
        R["prior_authorization"] = "met" if (chart.get("prior_authorization") or by.get("prior_authorization")) else "missing"

    prods = by.get("drug_product", [])
    if not lines or not drug:
        R["code_selection"] = "not_applicable"
    elif not prods:
        R["code_selection"] = "missing"
    else:
        dos_prod = [p["value"] for p in prods if p.get("_dos")]
        any_prod = [p["value"] for p in prods]
        strict = all(set(dos_prod) & COVERS[l["hcpcs"]] for l in drug) if dos_prod else False
        literal = all(set(any_prod) & COVERS[l["hcpcs"]] for l in drug)
        if strict != literal:
            raise ValueError("%s: code_selection differs between DOS-product and literal readings" % m.CHART_ID)
        R["code_selection"] = "met" if strict else "conflict"

    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in by.get("smoking_status", [])}
        if not sm:
            R["smoking_status"] = "missing"
        elif "current" in sm:
            if sm != {"current"}:
                raise ValueError("%s: mixed smoking statuses" % m.CHART_ID)
            R["smoking_status"] = "conflict"
        else:
            R["smoking_status"] = "met"
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        if not fv:
            R["fev1_range"] = "missing"
        else:
            inr = [25 <= v <= 80 for v in fv]
            if len(set(inr)) != 1:
                raise ValueError("%s: FEV1 values straddle the range" % m.CHART_ID)
            R["fev1_range"] = "met" if inr[0] else "conflict"
    return R


# ---------------------------------------------------------------- arithmetic
def check_arith(m, chart):
    cid = m.CHART_ID
    A = m.ARITH
    dos = chart["date_of_service"]
    if A.get("dos") != dos:
        err(cid, "ARITH dos %s != %s" % (A.get("dos"), dos))
    doses = [f["value"] for f in m.FINDINGS if f["kind"] == "dose"]
    weights = [f for f in m.FINDINGS if f["kind"] == "weight"]
    if A.get("administered") is False:
        if doses:
            err(cid, "ARITH says nothing administered but dose findings exist")
        return
    if len(set(doses)) != 1 or doses[0] != A["dose_mg"]:
        err(cid, "ARITH dose %s vs findings %s" % (A.get("dose_mg"), doses))
    d = iso(dos)
    w = min(weights, key=lambda x: abs((iso(x["_date"]) - d).days))
    if w["value_kg"] != A["weight_kg"] or w["_date"] != A["weight_date"]:
        err(cid, "ARITH weight %s %s vs nearest %s %s" % (A["weight_kg"], A["weight_date"], w["value_kg"], w["_date"]))
    for f in weights:
        exp_kg = f["value"] if f["unit"] == "kg" else round(f["value"] * 0.45359237, 1)
        if abs(exp_kg - f["value_kg"]) > 1e-9:
            err(cid, "weight value_kg %s should be %s" % (f["value_kg"], exp_kg))
    target = round(60 * A["weight_kg"], 1)
    if abs(target - A["target_mg"]) > 0.05:
        err(cid, "ARITH target %s should be %s" % (A["target_mg"], target))
    pct = round((A["dose_mg"] - target) / target * 100, 1)
    if abs(pct - A["pct_diff"]) > 0.05:
        err(cid, "ARITH pct_diff %s should be %s" % (A["pct_diff"], pct))
    if (abs(pct) <= 10) != A["within_10pct"]:
        err(cid, "ARITH within_10pct wrong")
    code = A["code"]
    bu = BU[code]
    if A["billing_unit_mg"] != bu:
        err(cid, "ARITH billing unit wrong")
    exp_units = math.ceil(A["dose_mg"] / bu - 1e-9)
    if A["units_expected"] != exp_units:
        err(cid, "ARITH units_expected %s should be %s" % (A["units_expected"], exp_units))
    lines = chart.get("claim_lines") or []
    billed = sum(l["units"] for l in lines if l["hcpcs"] == code and "JW" not in l["modifiers"])
    if A["units_billed"] != billed:
        err(cid, "ARITH units_billed %s vs claim %s" % (A["units_billed"], billed))
    wastes = [f["value"] for f in m.FINDINGS if f["kind"] == "wastage"]
    if A["waste_mg"] is None:
        if wastes:
            err(cid, "ARITH waste None but wastage findings %s" % wastes)
    else:
        if wastes != [A["waste_mg"]]:
            err(cid, "ARITH waste %s vs findings %s" % (A["waste_mg"], wastes))
        jwx = math.floor(A["waste_mg"] / bu + 1e-9)
        if A["jw_expected"] != jwx:
            err(cid, "ARITH jw_expected %s should be %s" % (A["jw_expected"], jwx))
    jwb = sum(l["units"] for l in lines if l["hcpcs"] == code and "JW" in l["modifiers"])
    if A["jw_billed"] != jwb:
        err(cid, "ARITH jw_billed %s vs claim %s" % (A["jw_billed"], jwb))
    if "vials_mg" in A and A["vials_mg"] is not None and A["waste_mg"] is not None:
        if sum(A["vials_mg"]) - A["dose_mg"] != A["waste_mg"]:
            err(cid, "ARITH vials %s - dose %s != waste %s" % (A["vials_mg"], A["dose_mg"], A["waste_mg"]))
    exps = sorted(f["value"] for f in m.FINDINGS if f["kind"] == "expiration_date")
    if sorted(A["expirations"]) != exps:
        err(cid, "ARITH expirations %s vs findings %s" % (A["expirations"], exps))
    ok = all(exp_last_day(e) >= d for e in exps) if exps else None
    if A["expiration_ok"] != ok:
        err(cid, "ARITH expiration_ok %s should be %s" % (A["expiration_ok"], ok))


# ---------------------------------------------------------------- main
def load_defs():
    mods = []
    for name in sorted(os.listdir(DEFS)):
        if name.startswith("b22_") and name.endswith(".py"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(DEFS, name))
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            mods.append(mod)
    return mods


KG_RE = re.compile(r"(?<![\d.,])(\d{2,3}(?:\.\d)?)\s?(kg|kilos?)\b(?!\s*/)", re.I)


def check_chart(m):
    cid = m.CHART_ID
    cpath = os.path.join(ROOT, "charts", cid + ".json")
    gpath = os.path.join(ROOT, "gold", cid + ".json")
    chart = json.load(open(cpath))
    gold = json.load(open(gpath))
    # ---- contract shape
    if chart.get("chart_id") != cid:
        err(cid, "chart_id")
    try:
        iso(chart["date_of_service"])
    except Exception:
        err(cid, "date_of_service not ISO")
    prof = chart.get("payer", {}).get("profile")
    if prof not in PROFILE_REQS:
        err(cid, "profile %r" % prof)
        return
    if "prior_authorization" in chart and not isinstance(chart["prior_authorization"], str):
        err(cid, "prior_authorization not a string")
    for l in chart.get("claim_lines", []) or []:
        if set(l) != {"hcpcs", "units", "modifiers"} or not isinstance(l["hcpcs"], str) \
                or not isinstance(l["units"], (int, float)) or not isinstance(l["modifiers"], list):
            err(cid, "claim line shape %r" % l)
    docs = chart.get("documents", [])
    if not 2 <= len(docs) <= 4:
        err(cid, "%d documents" % len(docs))
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        err(cid, "duplicate document ids")
    nlines = 0
    for d in docs:
        if set(d) != {"id", "type", "date", "text"}:
            err(cid, "document keys %s" % sorted(d))
        if d["type"] not in DOC_TYPES:
            err(cid, "doc type %s" % d["type"])
        iso(d["date"])
        nlines += len(d["text"].splitlines())
    if not 60 <= nlines <= 250:
        err(cid, "%d lines" % nlines)
    text = {d["id"]: d["text"] for d in docs}
    dtype = {d["id"]: d["type"] for d in docs}

    # ---- gold shape / guide rules
    if gold.get("chart_id") != cid or gold.get("profile") != prof:
        err(cid, "gold chart_id/profile")
    reqs = gold["requirements"]
    if sorted(reqs) != sorted(PROFILE_REQS[prof]):
        err(cid, "requirement ids %s" % sorted(set(reqs) ^ set(PROFILE_REQS[prof])))
    for k, v in reqs.items():
        if v not in STATUSES:
            err(cid, "status %s=%s" % (k, v))
    if len(gold["findings"]) != len(m.FINDINGS):
        err(cid, "gold findings count")
    seen = set()
    for gf, f in zip(gold["findings"], m.FINDINGS):
        k = f["kind"]
        if k not in KIND_FIELDS:
            err(cid, "unknown kind %s" % k)
            continue
        pub = sorted(x for x in f if not x.startswith("_"))
        if pub != sorted(["kind"] + KIND_FIELDS[k]) or gf != {x: f[x] for x in pub}:
            err(cid, "fields of %s: %s" % (k, pub))
        if k == "genotype":
            al = f["alleles"]
            if len(al) != 2 or any(a != a.upper() for a in al) or sorted(al, key=allele_rank) != al:
                err(cid, "allele order %s" % al)
        if k == "serum_aat" and f["unit"] not in SERUM_UNITS:
            err(cid, "serum unit %s" % f["unit"])
        if k == "weight":
            if f["unit"] not in ("kg", "lb"):
                err(cid, "weight unit")
            if "_date" not in f:
                err(cid, "weight without _date")
        if k == "lung_disease" and f["value"] not in LUNG:
            err(cid, "lung value %s" % f["value"])
        if k == "drug_product" and f["value"] not in PRODUCTS:
            err(cid, "product %s" % f["value"])
        if k == "smoking_status" and f["value"] not in ("never", "former", "current"):
            err(cid, "smoking value")
        if k in ("infusion_start", "infusion_end") and not re.fullmatch(r"[0-2]\d:[0-5]\d", f["value"]):
            err(cid, "time format %s" % f["value"])
        if k == "expiration_date" and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", f["value"]):
            err(cid, "exp format %s" % f["value"])
        key = norm_key(f)
        if key in seen:
            err(cid, "duplicate finding %s" % (key,))
        seen.add(key)
        # ---- evidence
        doc, ev = f.get("_doc"), f.get("_ev")
        if doc not in text or not ev:
            err(cid, "finding %s lacks _doc/_ev" % (key,))
            continue
        if ev not in text[doc]:
            err(cid, "evidence not verbatim in %s: %r" % (doc, ev))
        elif not carries(f, ev):
            err(cid, "evidence %r does not carry %s" % (ev, key))
        if k == "response_to_therapy" and dtype[doc] != "progress_note":
            err(cid, "response evidence not in a progress_note")
    # ---- traps are verbatim and never gold evidence
    evs = {(f["_doc"], f["_ev"]) for f in m.FINDINGS}
    for doc, snip, why in getattr(m, "TRAPS", []):
        if doc not in text or snip not in text[doc]:
            err(cid, "trap not verbatim in %s: %r" % (doc, snip))
    # ---- every "NN kg" in the text is a weight finding or sits inside a listed trap
    wvals = {f["value"] for f in m.FINDINGS if f["kind"] == "weight" and f["unit"] == "kg"}
    for did, t in text.items():
        spans = []
        for doc, snip, why in getattr(m, "TRAPS", []):
            if doc == did:
                for mt in re.finditer(re.escape(snip), t):
                    spans.append((mt.start(), mt.end()))
        for mt in KG_RE.finditer(t):
            v = float(mt.group(1))
            if v in wvals:
                continue
            if not any(a <= mt.start() and mt.end() <= b for a, b in spans):
                err(cid, "unlisted kg value %r in %s" % (mt.group(0), did))
    # ---- arithmetic and statuses
    try:
        check_arith(m, chart)
        derived = derive(m, chart)
    except Exception as e:  # noqa
        err(cid, "derivation error: %s" % e)
        return None
    for k in PROFILE_REQS[prof]:
        if derived.get(k) != reqs.get(k):
            err(cid, "%s: gold %s, derived %s" % (k, reqs.get(k), derived.get(k)))
    return reqs


def main():
    mods = load_defs()
    summary = []
    for m in mods:
        reqs = check_chart(m)
        if reqs:
            gaps = [k for k, v in reqs.items() if v in ("missing", "conflict")]
            summary.append((m.CHART_ID, gaps))
    if len(mods) != 14:
        problems.append("expected 14 defs, found %d" % len(mods))
    if problems:
        print("\n".join(problems))
        print("FAILED (%d problems)" % len(problems))
        sys.exit(1)
    if "-v" in sys.argv:
        for cid, gaps in summary:
            print(cid, ", ".join(gaps) or "complete")
    print("ok (%d charts)" % len(mods))


if __name__ == "__main__":
    main()
