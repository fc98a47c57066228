#!/usr/bin/env python3
"""Validate batch b20.

1. every charts/<id>.json against the contract (schema version 1, section 1);
2. every gold/<id>.json against ANNOTATION_GUIDE.md (requirement ids per profile, finding kinds and
   normalized fields, canonical allele order, one finding per distinct normalized value);
3. every finding's evidence snippet is verbatim in its document (and carries the value where checkable);
4. the ARITH record of each chart is recomputed (weight nearest DOS, 60 mg/kg +/- 10 %, lb->kg,
   ceil/floor units per billing unit, JW units, expiration vs DOS with YYYY-MM = month's last day);
5. every requirement status is re-derived from gold findings + claim + ARITH and compared.
Prints `ok (N charts)` and exits 0, else lists the problems and exits 1.
"""
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
    "aatd_diagnosis": set(), "genotype": {"alleles"}, "serum_aat": {"value", "unit"},
    "weight": {"value", "unit", "value_kg"}, "dose": {"value"}, "wastage": {"value"},
    "lot_number": {"value"}, "expiration_date": {"value"}, "infusion_start": {"value"},
    "infusion_end": {"value"}, "lung_disease": {"value"}, "fev1": {"value"},
    "response_to_therapy": set(), "prior_authorization": {"value"}, "smoking_status": {"value"},
    "drug_product": {"value"},
}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKE = {"never", "former", "current"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
COVERS = {
    "J2252": set(PRODUCTS),
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
LB = 0.45359237

problems = []


def err(cid, msg):
    problems.append("%s: %s" % (cid, msg))


def load_defs():
    out = {}
    d = os.path.join(HERE, "defs")
    for name in sorted(os.listdir(d)):
        if name.startswith("b20_") and name.endswith(".py"):
            spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(d, name))
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            out[m.CHART_ID] = m
    return out


def iso_date(s):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        return None


def exp_to_date(v):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return dt.date.fromisoformat(v)
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, mo = int(v[:4]), int(v[5:])
        return dt.date(y, mo, calendar.monthrange(y, mo)[1])
    return None


def allele_key(a):
    order = {"M": (0, ""), "S": (1, ""), "Z": (2, ""), "NULL": (4, "")}
    return order.get(a, (3, a))


# ---------------------------------------------------------------- contract
def check_chart(c, cid):
    if not isinstance(c.get("chart_id"), str) or c["chart_id"] != cid:
        err(cid, "chart_id")
    if "date_of_service" in c and iso_date(c["date_of_service"]) is None:
        err(cid, "date_of_service not ISO")
    p = c.get("payer", {})
    if p.get("profile", "medicare") not in PROFILE_REQS:
        err(cid, "payer.profile")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization not a string")
    if "claim_lines" in c:
        if not isinstance(c["claim_lines"], list):
            err(cid, "claim_lines not a list")
        for ln in c["claim_lines"]:
            if not isinstance(ln.get("hcpcs"), str):
                err(cid, "claim line hcpcs")
            if not isinstance(ln.get("units"), (int, float)) or isinstance(ln.get("units"), bool):
                err(cid, "claim line units not a number")
            mods = ln.get("modifiers", [])
            if not isinstance(mods, list) or not all(isinstance(x, str) for x in mods):
                err(cid, "claim line modifiers")
    docs = c.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents missing")
        return
    ids = set()
    nlines = 0
    for d in docs:
        if d.get("id") in ids:
            err(cid, "duplicate document id")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, "document type %r" % d.get("type"))
        if iso_date(d.get("date", "")) is None:
            err(cid, "document date")
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            err(cid, "document text")
        else:
            nlines += d["text"].count("\n") + 1
            if "\t" in d["text"]:
                err(cid, "tab in text")
    if not (2 <= len(docs) <= 4):
        err(cid, "expected 2-4 documents, got %d" % len(docs))
    if not (60 <= nlines <= 250):
        err(cid, "expected 60-250 lines, got %d" % nlines)


# ---------------------------------------------------------------- guide
def check_gold(g, chart, cid):
    prof = chart.get("payer", {}).get("profile", "medicare")
    if g.get("chart_id") != cid:
        err(cid, "gold chart_id")
    if g.get("profile") != prof:
        err(cid, "gold profile")
    reqs = g.get("requirements", {})
    if sorted(reqs) != sorted(PROFILE_REQS[prof]):
        err(cid, "requirement ids for %s: %s" % (prof, sorted(set(reqs) ^ set(PROFILE_REQS[prof]))))
    for k, v in reqs.items():
        if v not in STATUSES:
            err(cid, "status %s=%s" % (k, v))
    seen = set()
    for f in g.get("findings", []):
        k = f.get("kind")
        if k not in KINDS:
            err(cid, "finding kind %r" % k)
            continue
        extra = set(f) - {"kind"} - KINDS[k]
        lack = KINDS[k] - set(f)
        if extra or lack:
            err(cid, "finding %s fields extra=%s missing=%s" % (k, extra, lack))
        if k == "genotype":
            al = f["alleles"]
            if len(al) != 2 or any(a != a.upper() for a in al):
                err(cid, "alleles %r" % al)
            if sorted(al, key=allele_key) != al:
                err(cid, "alleles not canonical %r" % al)
        if k == "serum_aat" and f["unit"] not in {"mg/dL", "g/L", "uM"}:
            err(cid, "serum unit %r" % f["unit"])
        if k == "weight":
            if f["unit"] not in {"kg", "lb"}:
                err(cid, "weight unit")
            exp_kg = round(f["value"] * LB, 1) if f["unit"] == "lb" else round(f["value"], 1)
            if abs(exp_kg - f["value_kg"]) > 1e-9:
                err(cid, "weight value_kg %s != %s" % (f["value_kg"], exp_kg))
        if k == "expiration_date" and exp_to_date(f["value"]) is None:
            err(cid, "expiration format %r" % f["value"])
        if k in ("infusion_start", "infusion_end") and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", f["value"]):
            err(cid, "time format %r" % f["value"])
        if k == "lung_disease" and f["value"] not in LUNG:
            err(cid, "lung value")
        if k == "smoking_status" and f["value"] not in SMOKE:
            err(cid, "smoking value")
        if k == "drug_product" and f["value"] not in PRODUCTS:
            err(cid, "product value %r" % f["value"])
        if k in ("dose", "wastage", "fev1") and not isinstance(f["value"], (int, float)):
            err(cid, "%s value not numeric" % k)
        key = json.dumps({x: f[x] for x in sorted(f) if x != "value_kg"}, sort_keys=True)
        if k == "weight":
            key = "weight:%s" % f["value_kg"]
        if key in seen:
            err(cid, "duplicate finding %s" % key)
        seen.add(key)


# ---------------------------------------------------------------- evidence
def num_forms(v):
    forms = set()
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v)
    forms.add(s)
    if isinstance(v, int) and v >= 1000:
        forms.add("{:,}".format(v))
    if isinstance(v, int) and v % 1000 == 0 and v > 0:
        forms.add(str(v // 1000))  # grams
    if isinstance(v, float):
        forms.add(("%g" % v))
    return forms


def time_forms(hhmm):
    h, m = int(hhmm[:2]), int(hhmm[3:])
    f = {hhmm, "%02d%02d" % (h, m), "%d:%02d" % (h, m)}
    h12 = h % 12 or 12
    f.add("%d:%02d" % (h12, m))
    return f


def check_evidence(m, chart, cid):
    docs = {d["id"]: d for d in chart["documents"]}
    for f in m.FINDINGS:
        did, ev = f.get("_doc"), f.get("_ev")
        if did not in docs or not ev:
            err(cid, "finding %s without evidence" % f)
            continue
        text = docs[did]["text"]
        if ev not in text:
            err(cid, "evidence not verbatim in %s: %r" % (did, ev))
            continue
        k = f["kind"]
        if k in ("lot_number", "prior_authorization") and f["value"] not in ev:
            err(cid, "%s value not in evidence %r" % (k, ev))
        if k in ("dose", "wastage", "serum_aat", "fev1") and f["value"] != 0:
            if not any(x in ev for x in num_forms(f["value"])):
                err(cid, "%s value %s not in evidence %r" % (k, f["value"], ev))
        if k == "weight" and not any(x in ev for x in num_forms(f["value"])) and str(int(f["value"])) not in ev:
            err(cid, "weight value not in evidence %r" % ev)
        if k in ("infusion_start", "infusion_end") and not any(x in ev for x in time_forms(f["value"])):
            err(cid, "time %s not in evidence %r" % (f["value"], ev))
        if k == "weight" and iso_date(f.get("_date", "")) is None:
            err(cid, "weight without _date")


# ---------------------------------------------------------------- rules
def derive(m, chart, gold, arith):
    prof = chart["payer"].get("profile", "medicare")
    dos = dt.date.fromisoformat(chart.get("date_of_service") or max(d["date"] for d in chart["documents"]))
    docs = {d["id"]: d for d in chart["documents"]}
    F = m.FINDINGS
    by = {}
    for f in F:
        by.setdefault(f["kind"], []).append(f)
    st = {}
    st["aatd_diagnosis"] = "met" if by.get("aatd_diagnosis") else "missing"

    # serum
    def below(f):
        rid = f.get("_method") == "RID"
        thr = {"uM": 11, "mg/dL": 80 if rid else 57, "g/L": 0.8 if rid else 0.57}[f["unit"]]
        return f["value"] < thr
    sers = by.get("serum_aat", [])
    st["serum_aat_level"] = "missing" if not sers else ("met" if any(below(f) for f in sers) else "conflict")

    gens = by.get("genotype", [])

    def deficient(al):
        if all(a in DEFICIENT for a in al):
            return True
        if sorted(al) == ["S", "Z"]:
            return prof != "commercial" or st["serum_aat_level"] == "met"
        return False
    st["genotype"] = "missing" if not gens else ("met" if any(deficient(f["alleles"]) for f in gens) else "conflict")
    st["lung_disease_evidence"] = "met" if by.get("lung_disease") else "missing"

    ws = by.get("weight", [])
    st["patient_weight"] = "met" if ws else "missing"
    wnear = None
    if ws:
        ds = sorted(ws, key=lambda f: abs((dt.date.fromisoformat(f["_date"]) - dos).days))
        if len(ds) > 1 and abs((dt.date.fromisoformat(ds[0]["_date"]) - dos).days) == abs((dt.date.fromisoformat(ds[1]["_date"]) - dos).days):
            err(m.CHART_ID, "weight tie for nearest DOS")
        wnear = ds[0]["value_kg"]

    doses = sorted({f["value"] for f in by.get("dose", [])})
    st["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    dose = doses[0] if len(doses) == 1 else None

    if dose is None or wnear is None:
        st["dose_matches_weight"] = "missing"
    else:
        tgt = 60 * wnear
        st["dose_matches_weight"] = "met" if abs(dose - tgt) <= 0.10 * tgt + 1e-9 else "conflict"

    lines = chart.get("claim_lines") or []
    drug = [ln for ln in lines if ln["hcpcs"] in BU]
    admin = [ln for ln in drug if "JW" not in ln.get("modifiers", [])]
    jwl = [ln for ln in drug if "JW" in ln.get("modifiers", [])]
    if not lines or not drug:
        st["units_match_dose"] = "not_applicable"
    elif dose is None:
        st["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({ln["hcpcs"] for ln in admin}):
            tot = sum(ln["units"] for ln in admin if ln["hcpcs"] == code)
            if tot != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        st["units_match_dose"] = "met" if ok else "conflict"

    wv = [f["value"] for f in by.get("wastage", [])]
    if len(set(wv)) > 1:
        err(m.CHART_ID, "more than one wastage value")
    waste = wv[0] if wv else None
    if not lines or not drug:
        st["wastage_documented"] = "met" if waste is not None else "missing"
    else:
        has_jz = any("JZ" in ln.get("modifiers", []) for ln in drug)
        if jwl and has_jz:
            st["wastage_documented"] = "conflict"
        elif prof == "commercial":
            if jwl:
                st["wastage_documented"] = "conflict"
            elif has_jz and waste is not None and waste > 0:
                st["wastage_documented"] = "conflict"
            else:
                st["wastage_documented"] = "met" if waste is not None else "missing"
        elif jwl:
            ok = waste is not None and waste > 0
            if ok:
                for code in sorted({ln["hcpcs"] for ln in jwl}):
                    tot = sum(ln["units"] for ln in jwl if ln["hcpcs"] == code)
                    if tot != math.floor(waste / BU[code] + 1e-9):
                        ok = False
            st["wastage_documented"] = "met" if ok else "conflict"
        elif has_jz or prof == "medicaid":
            if waste is None:
                st["wastage_documented"] = "missing"
            else:
                st["wastage_documented"] = "met" if waste == 0 else "conflict"
        else:  # medicare, neither modifier
            st["wastage_documented"] = "conflict"

    st["lot_number"] = "met" if by.get("lot_number") else "missing"
    exps = by.get("expiration_date", [])
    if not exps:
        st["expiration_date"] = "missing"
    else:
        st["expiration_date"] = "conflict" if any(exp_to_date(f["value"]) < dos for f in exps) else "met"

    starts = sorted({f["value"] for f in by.get("infusion_start", [])})
    ends = sorted({f["value"] for f in by.get("infusion_end", [])})
    if len(starts) > 1 or len(ends) > 1:
        err(m.CHART_ID, "more than one start or end time")
    if not starts or not ends:
        st["infusion_times"] = "missing"
    else:
        st["infusion_times"] = "conflict" if ends[0] < starts[0] else "met"

    st["response_to_therapy"] = "met" if any(docs[f["_doc"]]["type"] == "progress_note" for f in by.get("response_to_therapy", [])) else "missing"

    if prof == "medicare":
        st["prior_authorization"] = "not_applicable"
    else:
        st["prior_authorization"] = "met" if (chart.get("prior_authorization") or by.get("prior_authorization")) else "missing"

    prods = by.get("drug_product", [])
    if not lines or not drug:
        st["code_selection"] = "not_applicable"
    elif not prods:
        st["code_selection"] = "missing"
    else:
        dosp = {f["value"] for f in prods if f.get("_dos")}
        allp = {f["value"] for f in prods}
        if len(dosp) != 1:
            err(m.CHART_ID, "exactly one DOS product expected, got %s" % dosp)
        a = all(COVERS[ln["hcpcs"]] & dosp for ln in drug)
        b = all(COVERS[ln["hcpcs"]] & allp for ln in drug)
        if a != b:
            err(m.CHART_ID, "code_selection differs between DOS product and any documented product")
        st["code_selection"] = "met" if a else "conflict"

    if prof in ("medicaid", "commercial"):
        sv = {f["value"] for f in by.get("smoking_status", [])}
        if "current" in sv and sv & {"never", "former"}:
            err(m.CHART_ID, "smoking both current and never/former")
        st["smoking_status"] = "missing" if not sv else ("conflict" if "current" in sv else "met")
    if prof == "commercial":
        fv = [f["value"] for f in by.get("fev1", [])]
        inr = [25 <= v <= 80 for v in fv]
        if fv and any(inr) and not all(inr):
            err(m.CHART_ID, "FEV1 values straddle the range")
        st["fev1_range"] = "missing" if not fv else ("met" if all(inr) else "conflict")

    # ---------------- ARITH
    A = arith
    if dose is not None and wnear is not None:
        tgt = round(60 * wnear, 1)
        if A.get("weight_kg") != wnear:
            err(m.CHART_ID, "ARITH weight %s != nearest %s" % (A.get("weight_kg"), wnear))
        if A.get("dose_mg") != dose:
            err(m.CHART_ID, "ARITH dose")
        if abs(A.get("target_mg", -1) - tgt) > 0.05:
            err(m.CHART_ID, "ARITH target %s != %s" % (A.get("target_mg"), tgt))
        pct = round((dose - 60 * wnear) / (60 * wnear) * 100, 1)
        if abs(A.get("pct_diff", 999) - pct) > 0.05:
            err(m.CHART_ID, "ARITH pct %s != %s" % (A.get("pct_diff"), pct))
        if A.get("within_10pct") != (st["dose_matches_weight"] == "met"):
            err(m.CHART_ID, "ARITH within_10pct")
    for rec in A.get("claim", []):
        code = rec["hcpcs"]
        if code not in BU:
            continue
        if "JW" in rec["modifiers"]:
            exp = math.floor((A.get("waste_mg") or 0) / BU[code] + 1e-9)
        else:
            exp = math.ceil(dose / BU[code] - 1e-9) if dose is not None else None
        if rec.get("expected") != exp:
            err(m.CHART_ID, "ARITH expected units %s %s != %s" % (code, rec.get("expected"), exp))
        billed = [ln["units"] for ln in lines if ln["hcpcs"] == code and ln.get("modifiers", []) == rec["modifiers"]]
        if billed != [rec["billed"]]:
            err(m.CHART_ID, "ARITH billed units do not match claim for %s %s" % (code, rec["modifiers"]))
    if waste is not None and A.get("waste_mg") != waste:
        err(m.CHART_ID, "ARITH waste %s != %s" % (A.get("waste_mg"), waste))
    jw_units_exp = {}
    for ln in jwl:
        jw_units_exp[ln["hcpcs"]] = math.floor((waste or 0) / BU[ln["hcpcs"]] + 1e-9)
    if A.get("jw_units_expected") != (sum(jw_units_exp.values()) if jwl else 0):
        err(m.CHART_ID, "ARITH jw_units_expected")
    if len(A.get("lots", [])) != len(by.get("lot_number", [])):
        err(m.CHART_ID, "ARITH lots count")
    for L in A.get("lots", []):
        e = exp_to_date(L["exp"])
        if (e >= dos) != L["ok"]:
            err(m.CHART_ID, "ARITH lot %s exp %s vs DOS" % (L["lot"], L["exp"]))
        if L["lot"] not in {f["value"] for f in by.get("lot_number", [])}:
            err(m.CHART_ID, "ARITH lot %s not a finding" % L["lot"])
        if L["exp"] not in {f["value"] for f in exps}:
            err(m.CHART_ID, "ARITH exp %s not a finding" % L["exp"])
    return st


def main():
    defs = load_defs()
    with open(os.path.join(HERE, "arith.json")) as fh:
        arith = json.load(fh)
    n = 0
    for cid, m in sorted(defs.items()):
        try:
            with open(os.path.join(ROOT, "charts", cid + ".json")) as fh:
                chart = json.load(fh)
            with open(os.path.join(ROOT, "gold", cid + ".json")) as fh:
                gold = json.load(fh)
        except FileNotFoundError as e:
            err(cid, "missing file %s" % e)
            continue
        check_chart(chart, cid)
        check_gold(gold, chart, cid)
        check_evidence(m, chart, cid)
        st = derive(m, chart, gold, arith.get(cid, {}))
        for k in PROFILE_REQS[chart["payer"]["profile"]]:
            if gold["requirements"].get(k) != st.get(k):
                err(cid, "%s: gold %s, derived %s" % (k, gold["requirements"].get(k), st.get(k)))
        n += 1
    if len(defs) != 14:
        problems.append("expected 14 charts, found %d" % len(defs))
    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("ok (%d charts)" % n)


if __name__ == "__main__":
    main()
