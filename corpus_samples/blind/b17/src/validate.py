#!/usr/bin/env python3
"""Validate b17 charts and gold against CONTRACT.md and ANNOTATION_GUIDE.md, and redo the arithmetic.

Checks: chart format (required fields, enums, ISO dates); gold format (requirement ids per profile, statuses,
finding kinds and normalized fields, canonical allele order, lb->kg); finding strings present in the chart text;
and an independent re-derivation of every requirement status from the gold findings, the chart's claim lines and
the author's ARITH record (ceil/floor units, 60 mg/kg +/- 10 %, expiration vs DOS, wastage rules per profile).
"""
import calendar
import datetime as dt
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BASE_REQ = ["aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence", "patient_weight",
            "dose_administered", "dose_matches_weight", "units_match_dose", "wastage_documented", "lot_number",
            "expiration_date", "infusion_times", "response_to_therapy", "prior_authorization", "code_selection"]
PROFILE_REQ = {
    "medicare": BASE_REQ,
    "medicaid": BASE_REQ + ["smoking_status"],
    "commercial": BASE_REQ + ["smoking_status", "fev1_range"],
}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
BU = {"J2252": 1, "J0256": 10, "J0257": 10, "J0222": 0.1}
DRUG_CODES = set(BU)
COVERS = {
    "J2252": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"},
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKING = {"never", "former", "current"}
SERUM_UNITS = {"mg/dL", "g/L", "uM"}
RARE = ["F", "I", "MDUARTE", "MHEERLEN", "MMALTON", "MPROCIDA", "MWURZBURG", "PLOWELL"]
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
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
DOS_ONLY = {"dose", "wastage", "lot_number", "expiration_date", "infusion_start", "infusion_end"}

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def iso(s):
    try:
        dt.date.fromisoformat(s)
        return True
    except Exception:
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


def exp_effective(v):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return dt.date.fromisoformat(v)
    y, m = map(int, v.split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def hhmm(v):
    h, m = map(int, v.split(":"))
    return h * 60 + m


def check_chart(c):
    cid = c.get("chart_id")
    if not isinstance(cid, str) or not cid:
        err(cid, "chart_id missing")
    docs = c.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents missing")
        return
    if "date_of_service" in c and not iso(c["date_of_service"]):
        err(cid, "date_of_service not ISO")
    prof = c.get("payer", {}).get("profile", "medicare")
    if prof not in PROFILE_REQ:
        err(cid, "bad profile")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization not a string")
    for cl in c.get("claim_lines", []):
        if not isinstance(cl.get("hcpcs"), str):
            err(cid, "claim hcpcs")
        if not isinstance(cl.get("units"), (int, float)):
            err(cid, "claim units not a number")
        if not isinstance(cl.get("modifiers"), list) or not all(isinstance(m, str) for m in cl["modifiers"]):
            err(cid, "claim modifiers")
    ids = set()
    for d in docs:
        for k in ("id", "type", "date", "text"):
            if k not in d:
                err(cid, "document field %s missing" % k)
        if d.get("id") in ids:
            err(cid, "duplicate document id")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, "bad document type %r" % d.get("type"))
        if not iso(d.get("date", "")):
            err(cid, "document date not ISO")
        n = len(d.get("text", "").splitlines())
        if n < 10:
            err(cid, "document %s too short (%d lines)" % (d.get("id"), n))


def check_gold_format(c, g):
    cid = c["chart_id"]
    if g.get("chart_id") != cid:
        err(cid, "gold chart_id mismatch")
    prof = c.get("payer", {}).get("profile", "medicare")
    if g.get("profile") != prof:
        err(cid, "gold profile mismatch")
    req = g.get("requirements", {})
    if set(req) != set(PROFILE_REQ[prof]):
        err(cid, "requirement ids %s" % sorted(set(req) ^ set(PROFILE_REQ[prof])))
    for k, v in req.items():
        if v not in STATUSES:
            err(cid, "bad status %s=%s" % (k, v))
    seen = set()
    alltext = "\n".join(d["text"] for d in c["documents"])
    for f in g.get("findings", []):
        kind = f.get("kind")
        if kind not in KIND_FIELDS:
            err(cid, "bad kind %r" % kind)
            continue
        extra = set(f) - {"kind"}
        if extra != KIND_FIELDS[kind]:
            err(cid, "fields of %s: %s" % (kind, sorted(extra)))
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            err(cid, "duplicate finding %s" % key)
        seen.add(key)
        v = f.get("value")
        if kind == "genotype":
            al = f["alleles"]
            ok = (len(al) == 2 and all(a in ("M", "S", "Z", "NULL") or a in RARE for a in al)
                  and sorted(al, key=allele_key) == al)
            if not ok:
                err(cid, "genotype alleles %r" % al)
        elif kind == "serum_aat":
            if f["unit"] not in SERUM_UNITS or not isinstance(v, (int, float)):
                err(cid, "serum %r" % f)
        elif kind == "weight":
            if f["unit"] == "kg":
                if round(v, 1) != f["value_kg"]:
                    err(cid, "weight value_kg %r" % f)
            elif f["unit"] == "lb":
                if round(v * 0.45359237, 1) != f["value_kg"]:
                    err(cid, "lb->kg %r (expected %.1f)" % (f, v * 0.45359237))
            else:
                err(cid, "weight unit %r" % f)
        elif kind in ("dose", "wastage", "fev1"):
            if not isinstance(v, (int, float)):
                err(cid, "%s value %r" % (kind, v))
        elif kind == "expiration_date":
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", v):
                err(cid, "expiration format %r" % v)
            else:
                exp_effective(v)
        elif kind in ("infusion_start", "infusion_end"):
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
                err(cid, "time format %r" % v)
        elif kind == "lung_disease" and v not in LUNG:
            err(cid, "lung value %r" % v)
        elif kind == "smoking_status" and v not in SMOKING:
            err(cid, "smoking value %r" % v)
        elif kind == "drug_product" and v not in PRODUCTS:
            err(cid, "product %r" % v)
        # strings that must literally be in the chart text
        if kind in ("lot_number", "prior_authorization") and v not in alltext:
            err(cid, "%s %r not in chart text" % (kind, v))
        if kind == "dose":
            forms = {str(v), "{:,}".format(v)}
            if not any(x in alltext for x in forms):
                err(cid, "dose %r not in text" % v)
        if kind in ("infusion_start", "infusion_end"):
            h, m = v.split(":")
            h12 = int(h) % 12 or 12
            forms = {v, h + m, "%d:%s" % (h12, m)}
            if not any(x in alltext for x in forms):
                err(cid, "time %r not in text" % v)
        if kind == "serum_aat":
            if str(v) not in alltext:
                err(cid, "serum value %r not in text" % v)


def derive(c, g, a):
    """Re-derive every requirement status from findings + claim lines + ARITH."""
    prof = c.get("payer", {}).get("profile", "medicare")
    dos = dt.date.fromisoformat(c.get("date_of_service") or max(d["date"] for d in c["documents"]))
    F = g["findings"]

    def kinds(k):
        return [f for f in F if f["kind"] == k]

    out = {}
    out["aatd_diagnosis"] = "met" if kinds("aatd_diagnosis") else "missing"

    # serum
    levels = kinds("serum_aat")
    rid = a.get("serum_method_rid")

    def low(f):
        t = {"uM": 11, "mg/dL": 80 if rid else 57, "g/L": 0.8 if rid else 0.57}[f["unit"]]
        return f["value"] < t
    any_low = any(low(f) for f in levels)
    out["serum_aat_level"] = "met" if any_low else ("conflict" if levels else "missing")

    # genotype
    gts = kinds("genotype")
    def deficient(al):
        if all(x in DEFICIENT for x in al):
            return True
        if al == ["S", "Z"]:
            return any_low if prof == "commercial" else True
        return False
    if not gts:
        out["genotype"] = "missing"
    else:
        out["genotype"] = "met" if any(deficient(f["alleles"]) for f in gts) else "conflict"

    out["lung_disease_evidence"] = "met" if kinds("lung_disease") else "missing"
    out["patient_weight"] = "met" if kinds("weight") else "missing"

    doses = sorted({f["value"] for f in kinds("dose")})
    if len(doses) > 1:
        out["dose_administered"] = "conflict"
    elif doses:
        out["dose_administered"] = "met"
    else:
        out["dose_administered"] = "missing"
    dose = doses[0] if len(doses) == 1 else None
    if dose is not None and dose != a.get("dose_mg"):
        err(c["chart_id"], "ARITH dose %r != gold dose %r" % (a.get("dose_mg"), dose))

    # dose vs weight
    wkg = a.get("weight_kg")
    if wkg is not None and not any(abs(f["value_kg"] - wkg) < 0.05 for f in kinds("weight")):
        err(c["chart_id"], "ARITH weight %r not among gold weights" % wkg)
    if dose is None or wkg is None:
        out["dose_matches_weight"] = "missing"
    else:
        target = 60 * wkg
        pct = (dose - target) / target * 100
        if a.get("pct_from_target") is not None and abs(pct - a["pct_from_target"]) > 0.1:
            err(c["chart_id"], "ARITH pct %.2f vs recomputed %.2f" % (a["pct_from_target"], pct))
        if abs(a.get("target_mg", target) - target) > 0.5:
            err(c["chart_id"], "ARITH target %r vs %r" % (a.get("target_mg"), target))
        out["dose_matches_weight"] = "met" if abs(dose - target) <= 0.10 * target else "conflict"

    lines = c.get("claim_lines")
    drug = [l for l in (lines or []) if l["hcpcs"] in DRUG_CODES]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]

    # units
    if not lines or not drug:
        out["units_match_dose"] = "not_applicable"
    elif dose is None:
        out["units_match_dose"] = "missing"
    else:
        ok = True
        for code in sorted({l["hcpcs"] for l in admin}):
            billed = sum(l["units"] for l in admin if l["hcpcs"] == code)
            expect = math.ceil(round(dose / BU[code], 6))
            if billed != expect:
                ok = False
            if code == a.get("code"):
                if expect != a.get("admin_units_expected") or billed != a.get("admin_units_billed"):
                    err(c["chart_id"], "ARITH units %r/%r vs %r/%r" % (a.get("admin_units_expected"),
                        a.get("admin_units_billed"), expect, billed))
        out["units_match_dose"] = "met" if ok else "conflict"

    # wastage
    wastes = sorted({f["value"] for f in kinds("wastage")})
    waste = wastes[0] if wastes else None
    if waste is not None and a.get("waste_mg") is not None and waste != a["waste_mg"]:
        err(c["chart_id"], "ARITH waste %r vs gold %r" % (a.get("waste_mg"), waste))
    if not lines or not drug:
        out["wastage_documented"] = "met" if waste is not None else "missing"
    else:
        has_jz = any("JZ" in l["modifiers"] for l in drug)
        has_jw = bool(jw)
        if prof == "commercial":
            if has_jw:
                st = "conflict"
            elif waste is None:
                st = "missing"
            elif has_jz and waste > 0:
                st = "conflict"
            else:
                st = "met"
        else:
            if has_jw and has_jz:
                st = "conflict"
            elif has_jw:
                st = "conflict"
                if waste and waste > 0:
                    for code in {l["hcpcs"] for l in jw}:
                        u = sum(l["units"] for l in jw if l["hcpcs"] == code)
                        exp = math.floor(round(waste / BU[code], 6))
                        if code == a.get("code") and exp != a.get("jw_units_expected"):
                            err(c["chart_id"], "ARITH JW expected %r vs %r" % (a.get("jw_units_expected"), exp))
                        st = "met" if u == exp else "conflict"
            elif has_jz or prof == "medicaid":
                if waste is None:
                    st = "missing"
                elif waste > 0:
                    st = "conflict"
                else:
                    st = "met"
            else:
                st = "conflict"
        out["wastage_documented"] = st

    out["lot_number"] = "met" if kinds("lot_number") else "missing"
    exps = kinds("expiration_date")
    if not exps:
        out["expiration_date"] = "missing"
    else:
        out["expiration_date"] = "conflict" if any(exp_effective(f["value"]) < dos for f in exps) else "met"
    ar_exp = [l["exp"] for l in a.get("lots", []) if l.get("exp")]
    if sorted(ar_exp) != sorted(f["value"] for f in exps):
        err(c["chart_id"], "ARITH lot exps %r vs gold %r" % (ar_exp, [f["value"] for f in exps]))
    ar_lots = [l["lot"] for l in a.get("lots", [])]
    if sorted(ar_lots) != sorted(f["value"] for f in kinds("lot_number")):
        err(c["chart_id"], "ARITH lots vs gold lots")

    st, en = kinds("infusion_start"), kinds("infusion_end")
    if not st or not en:
        out["infusion_times"] = "missing"
    else:
        out["infusion_times"] = "conflict" if hhmm(en[0]["value"]) < hhmm(st[0]["value"]) else "met"
    ai = a.get("infusion", [None, None])
    if ai[0] != (st[0]["value"] if st else None) or ai[1] != (en[0]["value"] if en else None):
        err(c["chart_id"], "ARITH infusion times vs gold")

    out["response_to_therapy"] = "met" if kinds("response_to_therapy") else "missing"
    if prof == "medicare":
        out["prior_authorization"] = "not_applicable"
    else:
        out["prior_authorization"] = "met" if (c.get("prior_authorization") or kinds("prior_authorization")) else "missing"

    # code selection: the product given on the DOS (ARITH) decides
    if not lines or not drug:
        out["code_selection"] = "not_applicable"
    else:
        prod = a.get("product")
        if prod is None:
            out["code_selection"] = "missing"
        else:
            if prod not in {f["value"] for f in kinds("drug_product")}:
                err(c["chart_id"], "ARITH product not among gold products")
            out["code_selection"] = "met" if all(prod in COVERS[l["hcpcs"]] for l in drug) else "conflict"

    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in kinds("smoking_status")}
        out["smoking_status"] = "conflict" if "current" in sm else ("met" if sm else "missing")
    if prof == "commercial":
        fv = [f["value"] for f in kinds("fev1")]
        if not fv:
            out["fev1_range"] = "missing"
        else:
            inside = [25 <= v <= 80 for v in fv]
            if any(inside) and not all(inside):
                err(c["chart_id"], "fev1 values straddle the 25-80 range (ambiguous)")
            out["fev1_range"] = "met" if any(inside) else "conflict"
    return out


def main():
    with open(os.path.join(HERE, "arith.json")) as f:
        arith = json.load(f)
    cdir, gdir = os.path.join(ROOT, "charts"), os.path.join(ROOT, "gold")
    ids = sorted(x[:-5] for x in os.listdir(cdir) if x.endswith(".json"))
    for cid in ids:
        with open(os.path.join(cdir, cid + ".json")) as f:
            c = json.load(f)
        gp = os.path.join(gdir, cid + ".json")
        if not os.path.exists(gp):
            err(cid, "no gold")
            continue
        with open(gp) as f:
            g = json.load(f)
        check_chart(c)
        check_gold_format(c, g)
        a = arith.get(cid)
        if a is None:
            err(cid, "no ARITH")
            continue
        if a.get("dos") != c.get("date_of_service"):
            err(cid, "ARITH dos mismatch")
        d = derive(c, g, a)
        for k, v in g["requirements"].items():
            if d.get(k) != v:
                err(cid, "requirement %s: gold %s, derived %s" % (k, v, d.get(k)))
    if errors:
        print("\n".join(errors))
        print("FAILED (%d errors)" % len(errors))
        return 1
    print("ok (%d charts)" % len(ids))
    return 0


if __name__ == "__main__":
    sys.exit(main())
