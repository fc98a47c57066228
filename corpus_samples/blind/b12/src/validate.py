#!/usr/bin/env python3
"""Validate blind batch b12 against CONTRACT.md (chart format) and ANNOTATION_GUIDE.md
(gold format and requirement semantics), and redo the arithmetic of every chart.

Three layers:
1. format: chart and gold fields, enums, ISO dates, finding fields;
2. rules: every requirement status is re-derived from the gold findings, the chart's
   claim lines and the ARITH record (a small reference implementation of the guide's
   table) and must equal the hand-written gold status;
3. arithmetic: 60 mg/kg +/- 10 %, ceil/floor units per billing unit, lb -> kg,
   vial totals = dose + waste, lot expiration vs DOS; ARITH must agree with the gold
   findings, and key finding values must literally occur in the chart text.
Prints "ok (N charts)" or the list of problems.
"""
import datetime as dt
import json
import math
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

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
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKE = {"never", "former", "current"}
SERUM_UNITS = {"mg/dL", "g/L", "uM"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
BU = {"J2252": Decimal(1), "J0256": Decimal(10), "J0257": Decimal(10), "J0222": Decimal("0.1")}
COVERS = {"J2252": PRODUCTS,
          "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
          "J0257": {"Glassia"},
          "J0222": set()}
THRESH = {"uM": Decimal(11), "mg/dL": Decimal(57), "g/L": Decimal("0.57")}
THRESH_RID = {"uM": Decimal(11), "mg/dL": Decimal(80), "g/L": Decimal("0.8")}
KINDS = {
    "aatd_diagnosis": [], "genotype": ["alleles"], "serum_aat": ["value", "unit"],
    "weight": ["value", "unit", "value_kg"], "dose": ["value"], "wastage": ["value"],
    "lot_number": ["value"], "expiration_date": ["value"], "infusion_start": ["value"],
    "infusion_end": ["value"], "lung_disease": ["value"], "fev1": ["value"],
    "response_to_therapy": [], "prior_authorization": ["value"], "smoking_status": ["value"],
    "drug_product": ["value"],
}

problems = []


def err(cid, msg):
    problems.append("%s: %s" % (cid, msg))


def D(x):
    return Decimal(str(x))


def iso_date(s):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        return None


def exp_to_date(s):
    """YYYY-MM-DD, or YYYY-MM meaning the month's last day."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = int(s[:4]), int(s[5:])
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return None


def allele_key(a):
    order = {"M": 0, "S": 1, "Z": 2}
    if a in order:
        return (order[a], a)
    if a == "NULL":
        return (9, a)
    return (5, a)


# ---------------------------------------------------------------- format checks
def check_chart(cid, ch):
    if not isinstance(ch.get("chart_id"), str) or ch["chart_id"] != cid:
        err(cid, "chart_id")
    if "date_of_service" in ch and iso_date(ch["date_of_service"]) is None:
        err(cid, "date_of_service not ISO")
    payer = ch.get("payer", {})
    if payer.get("profile", "medicare") not in PROFILE_EXTRA:
        err(cid, "payer.profile")
    if "prior_authorization" in ch and not isinstance(ch["prior_authorization"], str):
        err(cid, "prior_authorization not a string")
    for cl in ch.get("claim_lines", []):
        if not isinstance(cl.get("hcpcs"), str) or not isinstance(cl.get("units"), (int, float)) \
                or not isinstance(cl.get("modifiers"), list) \
                or not all(isinstance(m, str) for m in cl["modifiers"]):
            err(cid, "claim line malformed: %r" % cl)
    docs = ch.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents")
        return
    ids = set()
    for d in docs:
        if d.get("id") in ids:
            err(cid, "duplicate doc id %s" % d.get("id"))
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, "doc type %r" % d.get("type"))
        if iso_date(d.get("date", "")) is None:
            err(cid, "doc date %r" % d.get("date"))
        if not isinstance(d.get("text"), str) or len(d["text"].strip()) < 200:
            err(cid, "doc %s text too short" % d.get("id"))
        n = d["text"].count("\n") + 1
        if n < 15:
            err(cid, "doc %s only %d lines" % (d.get("id"), n))
    # documents dated after the DOS are allowed only when the DOS is explicit and the
    # document is billing/administrative ("other"), e.g. a claim printed days later
    dos = ch.get("date_of_service") or max(d["date"] for d in docs)
    for d in docs:
        if d["date"] > dos and (d["type"] != "other" or "date_of_service" not in ch):
            err(cid, "doc %s dated after DOS" % d["id"])


def check_gold_format(cid, g, profile):
    if g.get("chart_id") != cid:
        err(cid, "gold chart_id")
    if g.get("profile") != profile:
        err(cid, "gold profile %r != chart %r" % (g.get("profile"), profile))
    want = set(BASE_REQS + PROFILE_EXTRA[profile])
    got = set(g.get("requirements", {}))
    if want != got:
        err(cid, "requirement ids differ: missing %s extra %s" % (sorted(want - got), sorted(got - want)))
    for k, v in g.get("requirements", {}).items():
        if v not in STATUSES:
            err(cid, "status %s=%r" % (k, v))
    if not isinstance(g.get("notes"), str) or len(g["notes"]) < 40:
        err(cid, "gold notes missing")
    seen = set()
    for f in g.get("findings", []):
        k = f.get("kind")
        if k not in KINDS:
            err(cid, "finding kind %r" % k)
            continue
        extra = set(f) - {"kind"} - set(KINDS[k])
        if extra:
            err(cid, "finding %s has extra fields %s" % (k, extra))
        for fld in KINDS[k]:
            if fld not in f:
                err(cid, "finding %s lacks %s" % (k, fld))
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            err(cid, "duplicate finding %s" % key)
        seen.add(key)
        if k == "genotype":
            al = f.get("alleles", [])
            if len(al) != 2 or any(a != a.upper() for a in al):
                err(cid, "alleles %r" % al)
            if sorted(al, key=allele_key) != al:
                err(cid, "alleles not canonical order %r" % al)
        if k == "serum_aat" and f.get("unit") not in SERUM_UNITS:
            err(cid, "serum unit %r" % f.get("unit"))
        if k == "weight":
            if f["unit"] == "kg" and D(f["value"]) != D(f["value_kg"]):
                err(cid, "kg weight value_kg differs")
            if f["unit"] == "lb":
                kg = (D(f["value"]) * D("0.45359237")).quantize(Decimal("0.1"), ROUND_HALF_UP)
                if kg != D(f["value_kg"]):
                    err(cid, "lb->kg %s lb should be %s kg, gold %s" % (f["value"], kg, f["value_kg"]))
            if f["unit"] not in ("kg", "lb"):
                err(cid, "weight unit")
        if k in ("infusion_start", "infusion_end") and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", f["value"]):
            err(cid, "time %r" % f["value"])
        if k == "expiration_date" and exp_to_date(f["value"]) is None:
            err(cid, "expiration %r" % f["value"])
        if k == "lung_disease" and f["value"] not in LUNG:
            err(cid, "lung value %r" % f["value"])
        if k == "smoking_status" and f["value"] not in SMOKE:
            err(cid, "smoking %r" % f["value"])
        if k == "drug_product" and f["value"] not in PRODUCTS:
            err(cid, "product %r" % f["value"])


# ---------------------------------------------------------------- reference rules
def derive(cid, ch, g, ar):
    profile = ch.get("payer", {}).get("profile", "medicare")
    docs = ch["documents"]
    dos = iso_date(ch.get("date_of_service") or max(d["date"] for d in docs))
    F = {}
    for f in g["findings"]:
        F.setdefault(f["kind"], []).append(f)
    r = {}
    r["aatd_diagnosis"] = "met" if F.get("aatd_diagnosis") else "missing"

    # serum
    rid = set(ar.get("serum_rid_values", []))
    serum_low = False
    for f in F.get("serum_aat", []):
        t = (THRESH_RID if (f["value"], f["unit"]) in {tuple(x) for x in rid} else THRESH)[f["unit"]]
        if D(f["value"]) < t:
            serum_low = True
    if serum_low:
        r["serum_aat_level"] = "met"
    elif F.get("serum_aat"):
        r["serum_aat_level"] = "conflict"
    else:
        r["serum_aat_level"] = "missing"

    # genotype
    pairs = [tuple(f["alleles"]) for f in F.get("genotype", [])]

    def deficient(p):
        if all(a in DEFICIENT for a in p):
            return True
        if sorted(p) == ["S", "Z"]:
            return profile != "commercial" or serum_low
        return False
    if any(deficient(p) for p in pairs):
        r["genotype"] = "met"
    elif pairs:
        r["genotype"] = "conflict"
    else:
        r["genotype"] = "missing"

    r["lung_disease_evidence"] = "met" if F.get("lung_disease") else "missing"
    r["patient_weight"] = "met" if F.get("weight") else "missing"

    doses = sorted({D(f["value"]) for f in F.get("dose", [])})
    r["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")

    w = ar.get("weight")
    if len(doses) == 1 and w:
        target = D(60) * D(w["kg"])
        r["dose_matches_weight"] = "met" if abs(doses[0] - target) <= target / 10 else "conflict"
    else:
        r["dose_matches_weight"] = "missing"

    lines = ch.get("claim_lines")
    drug = [l for l in (lines or []) if l["hcpcs"] in BU]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    if not lines or not drug:
        r["units_match_dose"] = "not_applicable"
    elif len(doses) != 1:
        r["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({l["hcpcs"] for l in admin}):
            s = sum(D(l["units"]) for l in admin if l["hcpcs"] == code)
            if s != math.ceil(doses[0] / BU[code]):
                ok = False
        r["units_match_dose"] = "met" if ok and admin else "conflict"

    # wastage
    wastes = sorted({D(f["value"]) for f in F.get("wastage", [])})
    waste = wastes[-1] if wastes else None
    if not drug:
        r["wastage_documented"] = "met" if wastes else "missing"
    else:
        has_jw = any("JW" in l["modifiers"] for l in drug)
        has_jz = any("JZ" in l["modifiers"] for l in drug)
        if profile == "commercial":
            if has_jw:
                st = "conflict"
            elif waste is None:
                st = "missing"
            elif waste > 0 and has_jz:
                st = "conflict"
            else:
                st = "met"
        else:
            if has_jw and has_jz:
                st = "conflict"
            elif has_jw:
                st = "met"
                if waste is None or waste <= 0:
                    st = "conflict"
                else:
                    for code in {l["hcpcs"] for l in drug if "JW" in l["modifiers"]}:
                        s = sum(D(l["units"]) for l in drug if l["hcpcs"] == code and "JW" in l["modifiers"])
                        if s != math.floor(waste / BU[code]):
                            st = "conflict"
            elif has_jz or profile == "medicaid":
                st = "missing" if waste is None else ("met" if waste == 0 else "conflict")
            else:
                st = "conflict"
        r["wastage_documented"] = st

    r["lot_number"] = "met" if F.get("lot_number") else "missing"
    exps = [exp_to_date(f["value"]) for f in F.get("expiration_date", [])]
    if not exps:
        r["expiration_date"] = "missing"
    elif any(e < dos for e in exps):
        r["expiration_date"] = "conflict"
    else:
        r["expiration_date"] = "met"

    st = F.get("infusion_start", [])
    en = F.get("infusion_end", [])
    if len(st) > 1 or len(en) > 1:
        err(cid, "more than one start/end time in gold")
    if st and en:
        r["infusion_times"] = "conflict" if en[0]["value"] < st[0]["value"] else "met"
    else:
        r["infusion_times"] = "missing"

    r["response_to_therapy"] = "met" if F.get("response_to_therapy") else "missing"
    if profile == "medicare":
        r["prior_authorization"] = "not_applicable"
    else:
        r["prior_authorization"] = "met" if (ch.get("prior_authorization") or F.get("prior_authorization")) else "missing"

    prods = {f["value"] for f in F.get("drug_product", [])}
    if not lines or not drug:
        r["code_selection"] = "not_applicable"
    elif not prods:
        r["code_selection"] = "missing"
    else:
        r["code_selection"] = "met" if all(COVERS[l["hcpcs"]] & prods for l in drug) else "conflict"

    if profile in ("medicaid", "commercial"):
        sv = {f["value"] for f in F.get("smoking_status", [])}
        r["smoking_status"] = "conflict" if "current" in sv else ("met" if sv else "missing")
    if profile == "commercial":
        fv = [D(f["value"]) for f in F.get("fev1", [])]
        inside = [25 <= v <= 80 for v in fv]
        if not fv:
            r["fev1_range"] = "missing"
        elif all(inside):
            r["fev1_range"] = "met"
        elif not any(inside):
            r["fev1_range"] = "conflict"
        else:
            err(cid, "mixed FEV1 values inside/outside range: ambiguous, avoid")
            r["fev1_range"] = g["requirements"].get("fev1_range")
    return r


# ---------------------------------------------------------------- arithmetic
def fmt_variants(n):
    n = D(n)
    out = set()
    if n == n.to_integral():
        i = int(n)
        out |= {str(i), "{:,}".format(i)}
        if i % 100 == 0 and i >= 1000:
            g = D(i) / 1000
            out |= {("%s g" % g.normalize()).replace("E+3", "000"), "%sg" % g.normalize()}
    else:
        out.add(str(n))
    return out


def check_arith(cid, ch, g, ar):
    all_text = "\n".join(d["text"] for d in ch["documents"])
    F = {}
    for f in g["findings"]:
        F.setdefault(f["kind"], []).append(f)
    dos = ch.get("date_of_service") or max(d["date"] for d in ch["documents"])
    if ar.get("dos") != dos:
        err(cid, "ARITH dos")
    if ar.get("profile") != ch.get("payer", {}).get("profile", "medicare"):
        err(cid, "ARITH profile")

    dose = ar.get("dose_mg")
    w = ar.get("weight")
    gdoses = [f["value"] for f in F.get("dose", [])]
    if dose is None:
        if gdoses:
            err(cid, "ARITH dose None but gold has dose")
    else:
        if gdoses != [dose]:
            err(cid, "ARITH dose %s vs gold %s" % (dose, gdoses))
        if not any(v in all_text for v in fmt_variants(dose)):
            err(cid, "dose %s not found literally in text" % dose)
    if w:
        if w["unit"] == "lb":
            kg = (D(w["value"]) * D("0.45359237")).quantize(Decimal("0.1"), ROUND_HALF_UP)
            if kg != D(w["kg"]):
                err(cid, "ARITH lb->kg")
        if not any(D(f["value_kg"]) == D(w["kg"]) for f in F.get("weight", [])):
            err(cid, "ARITH weight not among gold weights")
        if str(w["value"]) not in all_text:
            err(cid, "weight %s not in text" % w["value"])
    if dose is not None and w:
        target = D(60) * D(w["kg"])
        dev = ((D(dose) - target) / target * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if D(ar["target_mg"]) != target:
            err(cid, "ARITH target %s != %s" % (ar["target_mg"], target))
        if D(ar["deviation_pct"]) != dev:
            err(cid, "ARITH deviation %s != %s" % (ar["deviation_pct"], dev))
    code = ar.get("code")
    if code and dose is not None:
        exp_units = math.ceil(D(dose) / BU[code])
        if ar.get("admin_units_expected") != exp_units:
            err(cid, "ARITH admin units %s != %s" % (ar.get("admin_units_expected"), exp_units))
    if code:
        lines = ch.get("claim_lines", [])
        adm = sum(l["units"] for l in lines if l["hcpcs"] in BU and "JW" not in l["modifiers"])
        jw = sum(l["units"] for l in lines if l["hcpcs"] in BU and "JW" in l["modifiers"])
        if ar.get("billed_admin_units") != adm:
            err(cid, "ARITH billed admin units %s != claim %s" % (ar.get("billed_admin_units"), adm))
        if ar.get("billed_jw_units", 0) != jw:
            err(cid, "ARITH billed JW units %s != claim %s" % (ar.get("billed_jw_units"), jw))
        if {l["hcpcs"] for l in lines if l["hcpcs"] in BU} != {code}:
            err(cid, "ARITH code differs from claim drug lines")
    else:
        if any(l["hcpcs"] in BU for l in ch.get("claim_lines", [])):
            err(cid, "negative control carries an A1PI drug line")
    waste = ar.get("waste_mg")
    gw = [f["value"] for f in F.get("wastage", [])]
    if waste is None:
        if gw:
            err(cid, "ARITH waste None but gold has wastage")
    else:
        if gw != [waste]:
            err(cid, "ARITH waste %s vs gold %s" % (waste, gw))
        if code and waste > 0:
            jw = math.floor(D(waste) / BU[code])
            if ar.get("jw_units_expected") != jw:
                err(cid, "ARITH JW units %s != %s" % (ar.get("jw_units_expected"), jw))
    vials = ar.get("vials")
    if vials and dose is not None and waste is not None:
        tot = sum(D(v["labeled_mg"]) for v in vials)
        if tot != D(dose) + D(waste):
            err(cid, "vials total %s != dose %s + waste %s" % (tot, dose, waste))
    # lots and expiry
    lots = ar.get("lots", [])
    glots = sorted(f["value"] for f in F.get("lot_number", []))
    if sorted(l["lot"] for l in lots) != glots:
        err(cid, "ARITH lots %s vs gold %s" % (sorted(l["lot"] for l in lots), glots))
    gexp = sorted({f["value"] for f in F.get("expiration_date", [])})
    if sorted({l["exp"] for l in lots if l.get("exp")}) != gexp:
        err(cid, "ARITH exps vs gold %s" % gexp)
    for l in lots:
        if l["lot"] not in all_text:
            err(cid, "lot %s not in text" % l["lot"])
        if l.get("exp"):
            expired = exp_to_date(l["exp"]) < iso_date(dos)
            if expired != l["expired"]:
                err(cid, "ARITH expired flag for %s" % l["lot"])
    prod = ar.get("product")
    gprod = {f["value"] for f in F.get("drug_product", [])}
    if prod and prod not in gprod:
        err(cid, "ARITH product not among gold products")
    for f in F.get("prior_authorization", []):
        if f["value"] not in all_text:
            err(cid, "PA %s not in text" % f["value"])
    for k in ("infusion_start", "infusion_end"):
        for f in F.get(k, []):
            hhmm = f["value"].replace(":", "")
            if f["value"] not in all_text and hhmm not in all_text:
                err(cid, "%s %s not in text" % (k, f["value"]))
    for f in F.get("lot_number", []):
        if f["value"] not in all_text:
            err(cid, "lot %s not in text" % f["value"])


def main():
    ar_all = json.load(open(os.path.join(HERE, "arith.json")))
    ids = sorted(os.path.splitext(n)[0] for n in os.listdir(os.path.join(OUT, "charts")))
    gids = sorted(os.path.splitext(n)[0] for n in os.listdir(os.path.join(OUT, "gold")))
    if ids != gids:
        err("batch", "chart and gold ids differ")
    for cid in ids:
        ch = json.load(open(os.path.join(OUT, "charts", cid + ".json")))
        g = json.load(open(os.path.join(OUT, "gold", cid + ".json")))
        ar = ar_all.get(cid)
        if ar is None:
            err(cid, "no ARITH")
            continue
        check_chart(cid, ch)
        profile = ch.get("payer", {}).get("profile", "medicare")
        check_gold_format(cid, g, profile)
        derived = derive(cid, ch, g, ar)
        for k, v in derived.items():
            if g["requirements"].get(k) != v:
                err(cid, "requirement %s: gold %s, rules give %s" % (k, g["requirements"].get(k), v))
        check_arith(cid, ch, g, ar)
    if problems:
        print("\n".join(problems))
        print("FAILED (%d problems)" % len(problems))
        sys.exit(1)
    print("ok (%d charts)" % len(ids))


if __name__ == "__main__":
    main()
