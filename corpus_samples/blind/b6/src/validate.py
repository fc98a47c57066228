#!/usr/bin/env python3
"""Validate the b6 blind charts and gold files.

1. Every charts/<id>.json follows the chart contract (CONTRACT.md section 1).
2. Every gold/<id>.json follows ANNOTATION_GUIDE.md: requirement ids per
   profile, statuses, finding kinds and their exact fields and value formats,
   one finding per distinct normalized value.
3. The gold requirement statuses are re-derived from the gold findings, the
   chart's claim lines and date of service with the guide's default ruleset
   (unit arithmetic: ceil(dose / billing unit), JW = floor(waste / billing
   unit), 60 mg/kg +/- 10 %, lb -> kg, thresholds, expiration vs DOS, ...)
   and compared with what the gold says.
4. Literal values (lot, authorization, weights, serum levels) must occur in
   the chart text; dose and times must occur in one of their written forms.

Per-chart facts that findings do not carry are read from "[calc]" tags in the
gold notes: dos_weight_kg=<kg of the weight nearest the DOS>, rid=true when
the only / deciding serum level was measured by radial immunodiffusion.

Prints "ok" when everything passes; otherwise lists the problems and exits 1.
"""
import datetime as dt
import json
import math
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

BASE_REQS = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence",
    "patient_weight", "dose_administered", "dose_matches_weight",
    "units_match_dose", "wastage_documented", "lot_number", "expiration_date",
    "infusion_times", "response_to_therapy", "prior_authorization",
    "code_selection",
]
PROFILE_REQS = {
    "medicare": BASE_REQS,
    "medicaid": BASE_REQS + ["smoking_status"],
    "commercial": BASE_REQS + ["smoking_status", "fev1_range"],
}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}

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
ALLELE_RE = re.compile(r"^(M|S|Z|NULL|[A-Z][A-Z0-9]*)$")
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}

# billing unit (mg) and covered products per code
CODES = {
    "J2252": (1, PRODUCTS),
    "J0256": (10, {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"}),
    "J0257": (10, {"Glassia"}),
    "J0222": (0.1, set()),  # patisiran: always a coding error for A1PI
}
LB_TO_KG = 0.45359237


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


def iso_date(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def exp_to_date(v):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return iso_date(v)
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        nxt = dt.date(y + (mo == 12), 1 if mo == 12 else mo + 1, 1)
        return nxt - dt.timedelta(days=1)
    return None


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


class Errors:
    def __init__(self):
        self.items = []

    def add(self, where, msg):
        self.items.append(f"{where}: {msg}")


# ---------------------------------------------------------------- chart
def check_chart(path, chart, E):
    w = path.name
    allowed = {"chart_id", "date_of_service", "payer", "prior_authorization",
               "claim_lines", "documents"}
    for k in chart:
        if k not in allowed:
            E.add(w, f"unexpected top-level key {k!r}")
    if not isinstance(chart.get("chart_id"), str) or not chart["chart_id"]:
        E.add(w, "chart_id missing")
    if chart.get("chart_id") != path.stem:
        E.add(w, "chart_id does not match file name")
    if "date_of_service" in chart and iso_date(chart["date_of_service"]) is None:
        E.add(w, "date_of_service not ISO")
    payer = chart.get("payer", {"profile": "medicare"})
    if not isinstance(payer, dict) or payer.get("profile") not in PROFILE_REQS:
        E.add(w, "payer.profile invalid")
    elif set(payer) - {"profile", "name"}:
        E.add(w, f"unexpected payer keys {set(payer) - {'profile', 'name'}}")
    if "prior_authorization" in chart and not isinstance(chart["prior_authorization"], str):
        E.add(w, "prior_authorization must be a string")
    for i, cl in enumerate(chart.get("claim_lines", [])):
        if set(cl) != {"hcpcs", "units", "modifiers"}:
            E.add(w, f"claim line {i} keys {sorted(cl)}")
        if not isinstance(cl.get("hcpcs"), str):
            E.add(w, f"claim line {i} hcpcs not a string")
        if not is_num(cl.get("units")):
            E.add(w, f"claim line {i} units not a number")
        if not isinstance(cl.get("modifiers"), list) or not all(isinstance(m, str) for m in cl.get("modifiers", [])):
            E.add(w, f"claim line {i} modifiers not a list of strings")
    docs = chart.get("documents")
    if not isinstance(docs, list) or not docs:
        E.add(w, "documents missing/empty")
        return
    if not 2 <= len(docs) <= 6:
        E.add(w, f"{len(docs)} documents (brief asks 2-6)")
    ids = set()
    for d in docs:
        if set(d) != {"id", "type", "date", "text"}:
            E.add(w, f"document keys {sorted(d)}")
        if d.get("id") in ids:
            E.add(w, f"duplicate document id {d.get('id')}")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            E.add(w, f"document {d.get('id')} type {d.get('type')!r}")
        if iso_date(d.get("date")) is None:
            E.add(w, f"document {d.get('id')} date not ISO")
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            E.add(w, f"document {d.get('id')} empty text")
    if "date_of_service" in chart:
        dos = iso_date(chart["date_of_service"])
        latest = max(iso_date(d["date"]) for d in docs)
        if dos and latest and latest > dos:
            E.add(w, "a document is dated after the date of service")


# ---------------------------------------------------------------- gold format
def check_finding(w, f, E):
    kind = f.get("kind")
    if kind not in FINDING_FIELDS:
        E.add(w, f"unknown finding kind {kind!r}")
        return
    fields = set(f) - {"kind"}
    if fields != FINDING_FIELDS[kind]:
        E.add(w, f"{kind} fields {sorted(fields)} != {sorted(FINDING_FIELDS[kind])}")
        return
    v = f.get("value")
    if kind == "genotype":
        al = f["alleles"]
        if not (isinstance(al, list) and len(al) == 2 and all(isinstance(a, str) and ALLELE_RE.match(a) for a in al)):
            E.add(w, f"genotype alleles {al}")
        elif sorted(al, key=allele_rank) != al:
            E.add(w, f"genotype alleles not in canonical order {al}")
    elif kind == "serum_aat":
        if not is_num(v) or f["unit"] not in SERUM_UNITS:
            E.add(w, f"serum_aat {f}")
    elif kind == "weight":
        if not is_num(v) or f["unit"] not in {"kg", "lb"} or not is_num(f["value_kg"]):
            E.add(w, f"weight {f}")
        else:
            exp = round(v * LB_TO_KG, 1) if f["unit"] == "lb" else round(v, 1)
            if abs(exp - f["value_kg"]) > 1e-9:
                E.add(w, f"weight value_kg {f['value_kg']} != {exp}")
    elif kind in ("dose", "wastage", "fev1"):
        if not is_num(v) or v < 0:
            E.add(w, f"{kind} value {v}")
    elif kind in ("lot_number", "prior_authorization"):
        if not isinstance(v, str) or not v:
            E.add(w, f"{kind} value {v}")
    elif kind == "expiration_date":
        if not isinstance(v, str) or exp_to_date(v) is None:
            E.add(w, f"expiration_date value {v}")
    elif kind in ("infusion_start", "infusion_end"):
        if not (isinstance(v, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v)):
            E.add(w, f"{kind} value {v}")
    elif kind == "lung_disease":
        if v not in LUNG:
            E.add(w, f"lung_disease value {v}")
    elif kind == "smoking_status":
        if v not in SMOKING:
            E.add(w, f"smoking value {v}")
    elif kind == "drug_product":
        if v not in PRODUCTS:
            E.add(w, f"drug_product value {v}")


def norm_key(f):
    k = f["kind"]
    if k == "genotype":
        return (k, tuple(f["alleles"]))
    if k == "weight":
        return (k, f["value_kg"])
    if k == "serum_aat":
        return (k, f["value"], f["unit"])
    return (k, f.get("value"))


def check_gold_format(path, gold, chart, E):
    w = path.name
    if set(gold) != {"chart_id", "profile", "requirements", "findings", "notes"}:
        E.add(w, f"gold keys {sorted(gold)}")
    if gold.get("chart_id") != chart.get("chart_id"):
        E.add(w, "chart_id differs from chart")
    profile = chart.get("payer", {}).get("profile", "medicare")
    if gold.get("profile") != profile:
        E.add(w, f"profile {gold.get('profile')} != chart {profile}")
    reqs = gold.get("requirements", {})
    want = PROFILE_REQS.get(profile, [])
    if set(reqs) != set(want):
        E.add(w, f"requirement ids differ: extra {set(reqs) - set(want)}, missing {set(want) - set(reqs)}")
    for k, s in reqs.items():
        if s not in STATUSES:
            E.add(w, f"status {k}={s}")
    seen = set()
    for f in gold.get("findings", []):
        check_finding(w, f, E)
        try:
            key = norm_key(f)
        except KeyError:
            continue
        if key in seen:
            E.add(w, f"duplicate finding {key}")
        seen.add(key)
    if not isinstance(gold.get("notes"), str) or len(gold["notes"]) < 40:
        E.add(w, "notes missing or too short")


# ---------------------------------------------------------------- re-derive
def tags(notes):
    out = {}
    for m in re.finditer(r"\[calc\]([^\[]*)", notes):
        for kv in m.group(1).split():
            if "=" in kv:
                k, v = kv.split("=", 1)
                out[k] = v
    return out


def derive(chart, gold, E, w):
    profile = gold["profile"]
    F = gold["findings"]
    by = {}
    for f in F:
        by.setdefault(f["kind"], []).append(f)
    t = tags(gold["notes"])
    docs = chart["documents"]
    dos = iso_date(chart.get("date_of_service")) or max(iso_date(d["date"]) for d in docs)
    lines = chart.get("claim_lines")
    drug_lines = [cl for cl in (lines or []) if cl["hcpcs"] in CODES]
    R = {}

    R["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"

    # serum level
    rid = t.get("rid") == "true"
    def below(f):
        v, u = f["value"], f["unit"]
        if u == "uM":
            return v < 11
        if u == "mg/dL":
            return v < (80 if rid else 57)
        return v < (0.8 if rid else 0.57)
    levels = by.get("serum_aat", [])
    low_level = any(below(f) for f in levels)
    R["serum_aat_level"] = "missing" if not levels else ("met" if low_level else "conflict")

    # genotype
    gts = by.get("genotype", [])
    def deficient(al):
        a, b = al
        if a in DEFICIENT and b in DEFICIENT:
            return True
        if sorted(al) == ["S", "Z"]:
            return low_level if profile == "commercial" else True
        return False
    if not gts:
        R["genotype"] = "missing"
    else:
        R["genotype"] = "met" if any(deficient(g["alleles"]) for g in gts) else "conflict"

    R["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"
    weights = by.get("weight", [])
    R["patient_weight"] = "met" if weights else "missing"

    doses = by.get("dose", [])
    R["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    dose = doses[0]["value"] if len(doses) == 1 else None

    # dose vs weight
    if dose is None or not weights:
        R["dose_matches_weight"] = "missing"
    else:
        if len(weights) == 1:
            kg = weights[0]["value_kg"]
        else:
            if "dos_weight_kg" not in t:
                E.add(w, "several weights but no [calc] dos_weight_kg tag")
                kg = weights[0]["value_kg"]
            else:
                kg = float(t["dos_weight_kg"])
        if "dos_weight_kg" in t and not any(abs(x["value_kg"] - float(t["dos_weight_kg"])) < 1e-9 for x in weights):
            E.add(w, "dos_weight_kg tag matches no weight finding")
        target = 60 * kg
        R["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target + 1e-9 else "conflict"

    # units
    if not lines or not drug_lines:
        R["units_match_dose"] = "not_applicable"
    elif dose is None:
        R["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({cl["hcpcs"] for cl in drug_lines}):
            bu = CODES[code][0]
            billed = sum(cl["units"] for cl in drug_lines if cl["hcpcs"] == code and "JW" not in cl["modifiers"])
            if billed != math.ceil(round(dose / bu, 6)):
                ok = False
        R["units_match_dose"] = "met" if ok else "conflict"

    # wastage
    wastes = by.get("wastage", [])
    waste = wastes[0]["value"] if wastes else None
    if len(wastes) > 1:
        E.add(w, "more than one wastage value; rules below use the first")
    if not lines or not drug_lines:
        R["wastage_documented"] = "met" if wastes else "missing"
    else:
        st = None
        for code in sorted({cl["hcpcs"] for cl in drug_lines}):
            cls = [cl for cl in drug_lines if cl["hcpcs"] == code]
            jw = [cl for cl in cls if "JW" in cl["modifiers"]]
            jz = any("JZ" in cl["modifiers"] for cl in cls)
            bu = CODES[code][0]
            if jw and jz:
                s = "conflict"
            elif profile == "commercial":
                if jw:
                    s = "conflict"
                elif waste is None:
                    s = "missing"
                elif jz and waste > 0:
                    s = "conflict"
                else:
                    s = "met"
            elif jw:
                jw_units = sum(cl["units"] for cl in jw)
                s = "met" if (waste is not None and waste > 0 and jw_units == math.floor(round(waste / bu, 6))) else "conflict"
            elif jz or profile == "medicaid":
                if waste is None:
                    s = "missing"
                else:
                    s = "met" if waste == 0 else "conflict"
            else:  # medicare, neither JW nor JZ
                s = "conflict"
            # worst wins
            order = {"conflict": 3, "missing": 2, "met": 1}
            st = s if st is None or order[s] > order[st] else st
        R["wastage_documented"] = st

    R["lot_number"] = "met" if by.get("lot_number") else "missing"
    exps = by.get("expiration_date", [])
    if not exps:
        R["expiration_date"] = "missing"
    else:
        R["expiration_date"] = "conflict" if any(exp_to_date(e["value"]) < dos for e in exps) else "met"

    st_, en_ = by.get("infusion_start", []), by.get("infusion_end", [])
    if not st_ or not en_:
        R["infusion_times"] = "missing"
    else:
        R["infusion_times"] = "conflict" if en_[0]["value"] < st_[0]["value"] else "met"

    R["response_to_therapy"] = "met" if by.get("response_to_therapy") else "missing"

    if profile == "medicare":
        R["prior_authorization"] = "not_applicable"
    else:
        R["prior_authorization"] = "met" if (by.get("prior_authorization") or chart.get("prior_authorization")) else "missing"

    prods = {f["value"] for f in by.get("drug_product", [])}
    if not lines or not drug_lines:
        R["code_selection"] = "not_applicable"
    elif not prods:
        R["code_selection"] = "missing"
    else:
        ok = all(CODES[cl["hcpcs"]][1] & prods for cl in drug_lines)
        R["code_selection"] = "met" if ok else "conflict"

    if profile in ("medicaid", "commercial"):
        sm = {f["value"] for f in by.get("smoking_status", [])}
        R["smoking_status"] = "missing" if not sm else ("conflict" if "current" in sm else "met")
    if profile == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        inr = [25 <= v <= 80 for v in fv]
        if not fv:
            R["fev1_range"] = "missing"
        elif all(inr):
            R["fev1_range"] = "met"
        elif not any(inr):
            R["fev1_range"] = "conflict"
        else:
            E.add(w, f"FEV1 values both inside and outside 25-80: {fv} (ambiguous chart)")
            R["fev1_range"] = gold["requirements"].get("fev1_range")

    for k, s in R.items():
        if gold["requirements"].get(k) != s:
            E.add(w, f"requirement {k}: gold {gold['requirements'].get(k)} but re-derived {s}")
    return R


# ---------------------------------------------------------------- text presence
def num_forms(v):
    forms = set()
    if float(v).is_integer():
        i = int(v)
        forms |= {str(i), f"{i:,}"}
        if i % 100 == 0 and i >= 1000:
            g = i / 1000
            forms |= {f"{g:g} g", f"{g:g}g", f"{g:g} gm", f"{g:g}gm", f"{g:g} grams"}
    else:
        forms |= {f"{v:g}", f"{v}"}
    return forms


def time_forms(hhmm):
    h, m = map(int, hhmm.split(":"))
    forms = {f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"@{h:02d}{m:02d}"}
    h12 = h % 12 or 12
    forms.add(f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}")
    return forms


def check_text(chart, gold, E, w):
    alltext = "\n".join(d["text"] for d in chart["documents"])
    for f in gold["findings"]:
        k = f["kind"]
        if k in ("lot_number", "prior_authorization"):
            if f["value"] not in alltext:
                E.add(w, f"{k} {f['value']!r} not in chart text")
        elif k in ("weight", "serum_aat", "fev1"):
            if not any(x in alltext for x in num_forms(f["value"])):
                E.add(w, f"{k} {f['value']} not in chart text")
        elif k in ("dose", "wastage") and f["value"] > 0:
            if not any(x in alltext for x in num_forms(f["value"])):
                E.add(w, f"{k} {f['value']} not found in any written form")
        elif k in ("infusion_start", "infusion_end"):
            if not any(x in alltext for x in time_forms(f["value"])):
                E.add(w, f"{k} {f['value']} not found in any written form")
        elif k == "drug_product":
            if f["value"].lower() not in alltext.lower():
                E.add(w, f"product {f['value']} not in chart text")
    # placeholders that must not be counted are fine; warn on very short docs
    for d in chart["documents"]:
        n = d["text"].count("\n") + 1
        if n < 12 or n > 160:
            E.add(w, f"document {d['id']} has {n} lines (outside 12-160)")


def main():
    E = Errors()
    charts = sorted((ROOT / "charts").glob("*.json"))
    if not charts:
        print("no charts")
        sys.exit(1)
    summary = []
    for cp in charts:
        chart = json.loads(cp.read_text())
        check_chart(cp, chart, E)
        gp = ROOT / "gold" / cp.name
        if not gp.exists():
            E.add(cp.name, "no gold file")
            continue
        gold = json.loads(gp.read_text())
        before = len(E.items)
        check_gold_format(gp, gold, chart, E)
        if len(E.items) == before:
            derive(chart, gold, E, gp.name)
            check_text(chart, gold, E, cp.name)
        reqs = gold.get("requirements", {})
        gaps = [k for k, s in reqs.items() if s in ("missing", "conflict")]
        summary.append((chart["chart_id"], gold.get("profile"), "complete" if not gaps else ",".join(gaps)))
    for gp in sorted((ROOT / "gold").glob("*.json")):
        if not (ROOT / "charts" / gp.name).exists():
            E.add(gp.name, "gold without chart")
    if "-v" in sys.argv:
        for row in summary:
            print(" | ".join(row))
    if E.items:
        for e in E.items:
            print("ERROR", e)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
