#!/usr/bin/env python3
"""Validate batch b21: contract shape, size limits, guide rules, evidence snippets, arithmetic, and an
independent re-derivation of every requirement status from the gold findings + claim + ARITH.

Prints `ok (14 charts)` when everything holds, else one line per problem and exits 1."""
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
BATCH = "b21"

BASE_REQ = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence", "patient_weight",
    "dose_administered", "dose_matches_weight", "units_match_dose", "wastage_documented",
    "lot_number", "expiration_date", "infusion_times", "response_to_therapy",
    "prior_authorization", "code_selection",
]
PROFILE_REQ = {
    "medicare": BASE_REQ,
    "medicaid": BASE_REQ + ["smoking_status"],
    "commercial": BASE_REQ + ["smoking_status", "fev1_range"],
}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}

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
ADMIN_KINDS = {"dose", "wastage", "lot_number", "expiration_date", "infusion_start", "infusion_end"}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
RARE_DEFICIENT = {"MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
DEFICIENT = {"Z", "NULL"} | RARE_DEFICIENT

# billing unit (mg) per A1PI drug code, and which products each code covers
BU = {"J2252": 1, "J0256": 10, "J0257": 10}
COVERS = {
    "J2252": PRODUCTS,
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
DRUG_CODES = set(COVERS)

LB = 0.45359237

problems = []


def bad(cid, msg):
    problems.append("%s: %s" % (cid, msg))


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


def month_end(ym):
    y, m = map(int, ym.split("-"))
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def exp_date(v):
    return iso(v) if len(v) == 10 else month_end(v)


# ---------------------------------------------------------------- value carrying in snippets
def numbers(s):
    """All numbers a snippet can express: English (4,954 / 61.8) and Spanish (4.954 / 61,8) forms,
    and grams as mg when followed by 'g'."""
    out = set()
    for m in re.finditer(r"\d[\d.,]*\d|\d", s):
        tok = m.group(0)
        cands = set()
        try:
            cands.add(float(tok.replace(",", "")))
        except ValueError:
            pass
        try:
            cands.add(float(tok.replace(".", "").replace(",", ".")))
        except ValueError:
            pass
        out |= cands
        rest = s[m.end():m.end() + 3]
        if re.match(r"\s?g\b", rest):
            out |= {c * 1000 for c in cands}
    return out


def times_in(s):
    out = set()
    for m in re.finditer(r"\b(\d{1,2}):(\d{2})\b", s):
        out.add("%02d:%s" % (int(m.group(1)), m.group(2)))
    for m in re.finditer(r"\b(\d{2})(\d{2})\b", s):
        out.add("%s:%s" % (m.group(1), m.group(2)))
    return out


def dates_in(s, fmt):
    out = set()
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", s):
        out.add(m.group(0))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", s):
        a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
        d, mo = (a, b) if fmt == "dmy" else (b, a)
        out.add("%s-%02d-%02d" % (y, mo, d))
    for m in re.finditer(r"(?<![/\d])(\d{1,2})/(\d{4})\b", s):
        out.add("%s-%02d" % (m.group(2), int(m.group(1))))
    for m in re.finditer(r"(?<![/\d])(\d{1,2})[/-](\d{2})\b(?![/\d])", s):
        out.add("20%s-%02d" % (m.group(2), int(m.group(1))))
    return out


def add_min(hhmm, minutes):
    h, m = map(int, hhmm.split(":"))
    t = h * 60 + m + minutes
    return "%02d:%02d" % (t // 60 % 24, t % 60)


KEYWORDS = {
    ("lung_disease", "emphysema"): ["emphysema", "enfisema"],
    ("lung_disease", "copd"): ["copd", "epoc"],
    ("lung_disease", "airflow_obstruction"): ["obstruct"],
    ("smoking_status", "never"): ["never", "nunca"],
    ("smoking_status", "former"): ["former", "ex-smoker", "ex fumador", "quit", "dejo"],
    ("smoking_status", "current"): ["still", "current", "actual", "smok"],
}
ZERO_WORDS = ["none", "no waste", "nothing", "0 mg"]


def carries(f, ev, doc_text):
    k = f["kind"]
    v = f.get("value")
    low = ev.lower()
    if k in ("aatd_diagnosis", "response_to_therapy"):
        return bool(ev.strip())
    if k == "genotype":
        up = ev.upper()
        for a in f["alleles"]:
            probe = {"NULL": ("NULL", "Q0", "QO")}.get(a, (a[1:] if a in RARE_DEFICIENT else a,))
            if not any(p in up for p in probe):
                return False
        return True
    if k in ("serum_aat", "fev1", "dose"):
        return float(v) in numbers(ev)
    if k == "weight":
        return float(v) in numbers(ev) and f["unit"] in low
    if k == "wastage":
        if v == 0:
            return 0.0 in numbers(ev) or any(w in low for w in ZERO_WORDS)
        return float(v) in numbers(ev)
    if k in ("lot_number", "prior_authorization"):
        return v in ev
    if k == "expiration_date":
        return v in dates_in(ev, f.get("_fmt", "mdy"))
    if k in ("infusion_start", "infusion_end"):
        rel = f.get("_rel")
        if rel:
            if rel["t0_ev"] not in doc_text or rel["t0"] not in rel["t0_ev"]:
                return False
            off = rel["offset"]
            if not re.search(r"(T\+%d\b|\+%d min|at %d min)" % (off, off, off), ev):
                return False
            return add_min(rel["t0"], off) == v
        return v in times_in(ev)
    if (k, v) in KEYWORDS:
        return any(w in low for w in KEYWORDS[(k, v)])
    if k == "drug_product":
        return v.lower() in low
    return False


def norm_key(f):
    k = f["kind"]
    if k == "genotype":
        return (k, tuple(f["alleles"]))
    if k == "weight":
        return (k, f["value"], f["unit"])
    if k == "serum_aat":
        return (k, f["value"], f["unit"])
    return (k, f.get("value"))


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


# ---------------------------------------------------------------- independent requirement rules
def threshold(f):
    rid = f.get("_method") == "RID"
    return {"uM": 11.0, "mg/dL": 80.0 if rid else 57.0, "g/L": 0.8 if rid else 0.57}[f["unit"]]


def derive(m, findings, arith):
    prof = m.PAYER["profile"]
    dos = iso(m.DOS)
    by = {}
    for f in findings:
        by.setdefault(f["kind"], []).append(f)
    req = {}

    req["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"

    levels = by.get("serum_aat", [])
    low_level = any(f["value"] < threshold(f) for f in levels)

    def deficient(pair):
        a, b = pair
        if a in DEFICIENT and b in DEFICIENT:
            return True
        if sorted(pair) == ["S", "Z"]:
            return prof != "commercial" or low_level
        return False

    gts = by.get("genotype", [])
    if not gts:
        req["genotype"] = "missing"
    else:
        req["genotype"] = "met" if any(deficient(f["alleles"]) for f in gts) else "conflict"

    if not levels:
        req["serum_aat_level"] = "missing"
    else:
        req["serum_aat_level"] = "met" if low_level else "conflict"

    req["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"

    weights = by.get("weight", [])
    req["patient_weight"] = "met" if weights else "missing"

    doses = sorted({f["value"] for f in by.get("dose", [])})
    if not doses:
        req["dose_administered"] = "missing"
    elif len(doses) == 1:
        req["dose_administered"] = "met"
    else:
        req["dose_administered"] = "conflict"
    dose = doses[0] if len(doses) == 1 else None

    if dose is None or not weights:
        req["dose_matches_weight"] = "missing"
    else:
        ranked = sorted(weights, key=lambda f: abs((iso(f["_date"]) - dos).days))
        if len(ranked) > 1 and abs((iso(ranked[0]["_date"]) - dos).days) == abs((iso(ranked[1]["_date"]) - dos).days):
            bad(m.CHART_ID, "two weights equally near the DOS")
        kg = ranked[0]["value_kg"]
        target = 60 * kg
        req["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target + 1e-9 else "conflict"

    lines = getattr(m, "CLAIM_LINES", None) or []
    drug = [l for l in lines if l["hcpcs"] in DRUG_CODES]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]

    if not drug:
        req["units_match_dose"] = "not_applicable"
    elif dose is None:
        req["units_match_dose"] = "missing"
    else:
        ok = True
        for code in {l["hcpcs"] for l in admin}:
            if code not in BU:
                ok = False
                continue
            total = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if total != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        if not admin:
            ok = False
        req["units_match_dose"] = "met" if ok else "conflict"

    wastes = [f["value"] for f in by.get("wastage", [])]
    waste = max(wastes) if wastes else None
    if not drug:
        req["wastage_documented"] = "met" if wastes else "missing"
    elif prof == "commercial":
        if jw:
            req["wastage_documented"] = "conflict"
        elif waste is None:
            req["wastage_documented"] = "missing"
        elif waste > 0 and any("JZ" in l["modifiers"] for l in admin):
            req["wastage_documented"] = "conflict"
        else:
            req["wastage_documented"] = "met"
    else:
        codes = {l["hcpcs"] for l in drug}
        status = "met"
        for code in codes:
            cj = [l for l in jw if l["hcpcs"] == code]
            cz = any("JZ" in l["modifiers"] for l in drug if l["hcpcs"] == code)
            if cj and cz:
                s = "conflict"
            elif cj:
                s = "met" if (waste and waste > 0 and sum(l["units"] for l in cj) == math.floor(waste / BU[code] + 1e-9)) else "conflict"
            elif cz or prof == "medicaid":
                if waste is None:
                    s = "missing"
                elif waste == 0:
                    s = "met"
                else:
                    s = "conflict"
            else:  # medicare, neither modifier
                s = "conflict"
            order = {"met": 0, "missing": 1, "conflict": 2}
            if order[s] > order[status]:
                status = s
        req["wastage_documented"] = status

    req["lot_number"] = "met" if by.get("lot_number") else "missing"

    exps = by.get("expiration_date", [])
    if not exps:
        req["expiration_date"] = "missing"
    else:
        req["expiration_date"] = "conflict" if any(exp_date(f["value"]) < dos for f in exps) else "met"

    st = by.get("infusion_start", [])
    en = by.get("infusion_end", [])
    if not st or not en:
        req["infusion_times"] = "missing"
    else:
        if len(st) > 1 or len(en) > 1:
            bad(m.CHART_ID, "several start/stop values")
        req["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"

    types = {d["id"]: d["type"] for d in m.DOCS}
    req["response_to_therapy"] = "met" if any(types[f["_doc"]] == "progress_note" for f in by.get("response_to_therapy", [])) else "missing"

    if prof == "medicare":
        req["prior_authorization"] = "not_applicable"
    else:
        req["prior_authorization"] = "met" if (getattr(m, "PRIOR_AUTH", None) or by.get("prior_authorization")) else "missing"

    prods = by.get("drug_product", [])
    if not drug:
        req["code_selection"] = "not_applicable"
    elif not prods:
        req["code_selection"] = "missing"
    else:
        dos_prods = {f["value"] for f in prods if f.get("_dos")}
        all_prods = {f["value"] for f in prods}
        strict = all(dos_prods and dos_prods <= COVERS[l["hcpcs"]] for l in drug)
        literal = all(COVERS[l["hcpcs"]] & all_prods for l in drug)
        if strict != literal:
            bad(m.CHART_ID, "code_selection differs between DOS-product and any-product readings")
        req["code_selection"] = "met" if strict else "conflict"

    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in by.get("smoking_status", [])}
        if not sm:
            req["smoking_status"] = "missing"
        elif "current" in sm:
            if len(sm) > 1:
                bad(m.CHART_ID, "mixed smoking statuses")
            req["smoking_status"] = "conflict"
        else:
            req["smoking_status"] = "met"
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        inside = [25 <= x <= 80 for x in fv]
        if not fv:
            req["fev1_range"] = "missing"
        else:
            if any(inside) and not all(inside):
                bad(m.CHART_ID, "mixed FEV1 in/out of range")
            req["fev1_range"] = "met" if all(inside) else "conflict"
    return req


# ---------------------------------------------------------------- arithmetic
def check_arith(m, findings):
    cid = m.CHART_ID
    a = m.ARITH
    by = {}
    for f in findings:
        by.setdefault(f["kind"], []).append(f)
    dos = iso(m.DOS)
    weights = by.get("weight", [])
    for f in weights:
        exp_kg = round(f["value"] * LB, 1) if f["unit"] == "lb" else f["value"]
        if abs(f["value_kg"] - exp_kg) > 1e-9:
            bad(cid, "value_kg %s != %s" % (f["value_kg"], exp_kg))
    if weights:
        near = min(weights, key=lambda f: abs((iso(f["_date"]) - dos).days))
        if a["weight_kg"] != near["value_kg"] or a["weight_date"] != near["_date"]:
            bad(cid, "ARITH weight is not the weight nearest the DOS")
        tgt = round(60 * near["value_kg"], 1)
        if abs(a["target_mg"] - tgt) > 0.05 or abs(a["low_mg"] - round(tgt * 0.9, 1)) > 0.05 or abs(a["high_mg"] - round(tgt * 1.1, 1)) > 0.05:
            bad(cid, "ARITH target/low/high wrong")
    doses = [f["value"] for f in by.get("dose", [])]
    if a["dose_mg"] is None:
        if doses:
            bad(cid, "ARITH has no dose but gold has one")
        return
    if doses != [a["dose_mg"]]:
        bad(cid, "ARITH dose %s vs gold %s" % (a["dose_mg"], doses))
    pct = round((a["dose_mg"] - a["target_mg"]) / a["target_mg"] * 100, 2)
    if abs(pct - a["pct_diff"]) > 0.011:
        bad(cid, "pct_diff %s != %s" % (a["pct_diff"], pct))
    if (abs(pct) <= 10) != a["within_10pct"]:
        bad(cid, "within_10pct wrong")
    bu = BU[a["code"]]
    if a["billing_unit_mg"] != bu:
        bad(cid, "billing unit wrong")
    if a["units_expected"] != math.ceil(a["dose_mg"] / bu - 1e-9):
        bad(cid, "units_expected wrong")
    lines = m.CLAIM_LINES or []
    billed = sum(l["units"] for l in lines if l["hcpcs"] == a["code"] and "JW" not in l["modifiers"])
    if billed != a["units_billed"]:
        bad(cid, "units_billed %s != claim %s" % (a["units_billed"], billed))
    jwb = [l["units"] for l in lines if l["hcpcs"] == a["code"] and "JW" in l["modifiers"]]
    if (jwb[0] if jwb else None) != a["jw_units_billed"]:
        bad(cid, "jw_units_billed mismatch with claim")
    wastes = [f["value"] for f in by.get("wastage", [])]
    if (wastes[0] if wastes else None) != a["waste_mg"]:
        bad(cid, "ARITH waste %s vs gold %s" % (a["waste_mg"], wastes))
    if a["waste_mg"] is not None:
        if a["jw_units_expected"] != math.floor(a["waste_mg"] / bu + 1e-9):
            bad(cid, "jw_units_expected wrong")
    mods = {x for l in lines if l["hcpcs"] == a["code"] for x in l["modifiers"]}
    mod = "JW" if "JW" in mods else ("JZ" if "JZ" in mods else None)
    if mod != a["modifier"]:
        bad(cid, "ARITH modifier %s vs claim %s" % (a["modifier"], mod))
    exps = [f["value"] for f in by.get("expiration_date", [])]
    if sorted(exps) != sorted(a["expirations"]):
        bad(cid, "ARITH expirations differ from gold")
    if exps and (all(exp_date(e) >= dos for e in exps)) != a["expiration_ok"]:
        bad(cid, "ARITH expiration_ok wrong")


# ---------------------------------------------------------------- main
def main():
    mods = load_defs()
    if len(mods) != 14:
        bad("batch", "expected 14 defs, found %d" % len(mods))
    kinds_seen = {"complete": 0, "gaps": 0, "negative": 0}
    profiles = {}
    for i, m in enumerate(mods, 1):
        cid = m.CHART_ID
        if cid != "%s-%03d" % (BATCH, i):
            bad(cid, "chart id out of sequence")
        chart = json.load(open(os.path.join(ROOT, "charts", cid + ".json")))
        gold = json.load(open(os.path.join(ROOT, "gold", cid + ".json")))

        # contract shape
        if not isinstance(chart.get("chart_id"), str) or chart["chart_id"] != cid:
            bad(cid, "chart_id")
        iso(chart["date_of_service"])
        prof = chart.get("payer", {}).get("profile")
        if prof not in PROFILE_REQ:
            bad(cid, "profile %r" % prof)
        profiles[prof] = profiles.get(prof, 0) + 1
        docs = chart.get("documents")
        if not isinstance(docs, list) or not (2 <= len(docs) <= 4):
            bad(cid, "needs 2-4 documents")
        nlines = 0
        ids = set()
        for d in docs:
            if set(d) != {"id", "type", "date", "text"}:
                bad(cid, "document keys %s" % sorted(d))
            if d["type"] not in DOC_TYPES:
                bad(cid, "doc type %s" % d["type"])
            iso(d["date"])
            if d["id"] in ids:
                bad(cid, "duplicate doc id")
            ids.add(d["id"])
            nlines += len(d["text"].splitlines())
        if not (60 <= nlines <= 250):
            bad(cid, "%d lines (need 60-250)" % nlines)
        for l in chart.get("claim_lines", []):
            if not isinstance(l.get("hcpcs"), str) or not isinstance(l.get("units"), (int, float)) \
                    or not isinstance(l.get("modifiers"), list) or not all(isinstance(x, str) for x in l["modifiers"]):
                bad(cid, "claim line shape %s" % l)
        if "prior_authorization" in chart and not isinstance(chart["prior_authorization"], str):
            bad(cid, "prior_authorization must be a string")
        if m.DOS > max(d["date"] for d in docs):
            bad(cid, "DOS after every document")

        # gold shape
        if gold["chart_id"] != cid or gold["profile"] != prof:
            bad(cid, "gold header")
        if list(gold["requirements"]) != PROFILE_REQ[prof]:
            bad(cid, "requirement ids %s" % list(gold["requirements"]))
        for k, v in gold["requirements"].items():
            if v not in STATUSES:
                bad(cid, "status %s=%s" % (k, v))
        seen = set()
        for f in gold["findings"]:
            k = f.get("kind")
            if k not in KIND_FIELDS:
                bad(cid, "kind %s" % k)
                continue
            if set(f) - {"kind"} != KIND_FIELDS[k]:
                bad(cid, "fields of %s: %s" % (k, sorted(f)))
            if k == "genotype":
                al = f["alleles"]
                if len(al) != 2 or any(a != a.upper() for a in al) or sorted(al, key=allele_rank) != al:
                    bad(cid, "allele order %s" % al)
            if k == "serum_aat" and f["unit"] not in ("mg/dL", "g/L", "uM"):
                bad(cid, "serum unit")
            if k == "weight" and f["unit"] not in ("kg", "lb"):
                bad(cid, "weight unit")
            if k == "lung_disease" and f["value"] not in LUNG:
                bad(cid, "lung value")
            if k == "smoking_status" and f["value"] not in ("never", "former", "current"):
                bad(cid, "smoking value")
            if k == "drug_product" and f["value"] not in PRODUCTS:
                bad(cid, "product %s" % f["value"])
            if k in ("infusion_start", "infusion_end") and not re.fullmatch(r"\d{2}:\d{2}", f["value"]):
                bad(cid, "time format")
            if k == "expiration_date" and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", f["value"]):
                bad(cid, "expiration format")
            key = norm_key(f)
            if k in ("aatd_diagnosis", "response_to_therapy"):
                key = (k,)
            if key in seen:
                bad(cid, "duplicate finding %s" % (key,))
            seen.add(key)

        # gold written = defs public view
        pub = [{k: v for k, v in f.items() if not k.startswith("_")} for f in m.FINDINGS]
        if pub != gold["findings"] or dict(m.REQUIREMENTS) != gold["requirements"]:
            bad(cid, "gold file differs from defs (rebuild?)")

        # evidence
        texts = {d["id"]: d["text"] for d in docs}
        dates = {d["id"]: d["date"] for d in docs}
        for f in m.FINDINGS:
            doc = f.get("_doc")
            ev = f.get("_ev")
            if doc not in texts or not ev:
                bad(cid, "finding %s lacks _doc/_ev" % f["kind"])
                continue
            if ev not in texts[doc]:
                bad(cid, "evidence not verbatim in %s: %r" % (doc, ev))
                continue
            if not carries(f, ev, texts[doc]):
                bad(cid, "evidence does not carry the value: %s %r" % (f["kind"], ev))
            if f["kind"] in ADMIN_KINDS and dates[doc] != m.DOS:
                bad(cid, "administration finding %s from a non-DOS document" % f["kind"])
            if f["kind"] == "weight" and "_date" not in f:
                bad(cid, "weight without _date")

        # arithmetic and statuses
        check_arith(m, m.FINDINGS)
        derived = derive(m, m.FINDINGS, m.ARITH)
        for k in PROFILE_REQ[prof]:
            if derived.get(k) != gold["requirements"][k]:
                bad(cid, "%s: gold %s, derived %s" % (k, gold["requirements"][k], derived.get(k)))

        st = list(gold["requirements"].values())
        gaps = sum(s in ("missing", "conflict") for s in st)
        if "NEGATIVE CONTROL" in m.NOTES:
            kinds_seen["negative"] += 1
        elif gaps == 0:
            kinds_seen["complete"] += 1
        else:
            kinds_seen["gaps"] += 1
            if gaps > 3:
                bad(cid, "%d gaps (gap charts carry 1-3)" % gaps)

    if kinds_seen != {"complete": 6, "gaps": 6, "negative": 2}:
        bad("batch", "mix %s" % kinds_seen)
    if set(profiles) != set(PROFILE_REQ):
        bad("batch", "profiles %s" % profiles)
    styles = {}
    for m in mods:
        for s in m.STYLES:
            styles[s] = styles.get(s, 0) + 1
    if any(styles.get(s, 0) < 2 for s in range(1, 8)):
        bad("batch", "style use %s" % styles)

    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok (%d charts)" % len(mods))


if __name__ == "__main__":
    main()
