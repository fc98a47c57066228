#!/usr/bin/env python3
"""Validate b19 charts (contract), gold (annotation guide), evidence, arithmetic and
re-derive every requirement status from gold findings + claim + ARITH."""
import datetime as dt
import importlib.util
import json
import math
import pathlib
import re
import sys
from fractions import Fraction

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
DEFS = HERE / "defs"

BASE_REQS = ["aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence", "patient_weight",
             "dose_administered", "dose_matches_weight", "units_match_dose", "wastage_documented",
             "lot_number", "expiration_date", "infusion_times", "response_to_therapy",
             "prior_authorization", "code_selection"]
PROFILE_EXTRA = {"medicare": [], "medicaid": ["smoking_status"], "commercial": ["smoking_status", "fev1_range"]}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
KINDS = {"aatd_diagnosis", "genotype", "serum_aat", "weight", "dose", "wastage", "lot_number",
         "expiration_date", "infusion_start", "infusion_end", "lung_disease", "fev1",
         "response_to_therapy", "prior_authorization", "smoking_status", "drug_product"}
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKING = {"never", "former", "current"}
BASIC_ALLELES = ["M", "S", "Z"]
RARE_ALLELES = {"MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE", "MWURZBURG", "I", "F"}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
BU = {"J2252": Fraction(1), "J0256": Fraction(10), "J0257": Fraction(10), "J0222": Fraction(1, 10)}
COVERS = {"J2252": PRODUCTS, "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
          "J0257": {"Glassia"}, "J0222": set()}
THRESH = {"mg/dL": (57, 80), "g/L": (0.57, 0.8), "uM": (11, 11)}

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def load_defs():
    mods = {}
    for path in sorted(DEFS.glob("b19_0*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods[mod.CHART_ID] = mod
    return mods


def iso_date(s):
    try:
        dt.date.fromisoformat(s)
        return True
    except Exception:
        return False


def exp_last_day(v):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return dt.date.fromisoformat(v)
    y, m = map(int, v.split("-"))
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def allele_key(a):
    if a in BASIC_ALLELES:
        return (0, BASIC_ALLELES.index(a), a)
    if a == "NULL":
        return (2, 0, a)
    return (1, 0, a)


def frac(x):
    return Fraction(str(x))


# ---------------------------------------------------------------- contract
def check_chart(cid, c):
    if not isinstance(c.get("chart_id"), str) or c["chart_id"] != cid:
        err(cid, "chart_id")
    if "date_of_service" in c and not iso_date(c["date_of_service"]):
        err(cid, "date_of_service not ISO")
    p = c.get("payer", {})
    if p.get("profile") not in PROFILE_EXTRA:
        err(cid, "payer.profile")
    if "prior_authorization" in c and not isinstance(c["prior_authorization"], str):
        err(cid, "prior_authorization type")
    if "claim_lines" in c:
        if not isinstance(c["claim_lines"], list):
            err(cid, "claim_lines type")
        for ln in c["claim_lines"]:
            if not isinstance(ln.get("hcpcs"), str) or not isinstance(ln.get("units"), (int, float)) \
                    or not isinstance(ln.get("modifiers"), list) or not all(isinstance(x, str) for x in ln["modifiers"]):
                err(cid, f"claim line malformed {ln}")
    docs = c.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents")
        return
    if not 2 <= len(docs) <= 4:
        err(cid, f"{len(docs)} documents (want 2-4)")
    ids = [d.get("id") for d in docs]
    if len(set(ids)) != len(ids):
        err(cid, "duplicate document ids")
    lines = 0
    for d in docs:
        if d.get("type") not in DOC_TYPES:
            err(cid, f"doc {d.get('id')} type {d.get('type')}")
        if not iso_date(d.get("date", "")):
            err(cid, f"doc {d.get('id')} date")
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            err(cid, f"doc {d.get('id')} text")
        else:
            lines += len(d["text"].splitlines())
            if "\t" in d["text"]:
                err(cid, f"doc {d['id']} has a tab")
    if not 60 <= lines <= 250:
        err(cid, f"{lines} lines (want 60-250)")
    # a dated DOS must not be before latest doc when absent; here always present
    if "date_of_service" not in c:
        err(cid, "date_of_service expected in this batch")


# ---------------------------------------------------------------- gold format
def norm_key(f):
    k = f["kind"]
    if k == "genotype":
        return (k, tuple(f["alleles"]))
    if k == "serum_aat":
        return (k, frac(f["value"]), f["unit"])
    if k == "weight":
        return (k, frac(f["value_kg"]))
    if "value" in f:
        return (k, f["value"])
    return (k,)


def check_gold(cid, g, chart, mod):
    prof = chart["payer"]["profile"]
    if g.get("chart_id") != cid or g.get("profile") != prof:
        err(cid, "gold chart_id/profile")
    want = set(BASE_REQS + PROFILE_EXTRA[prof])
    if set(g.get("requirements", {})) != want:
        err(cid, f"requirement ids differ: {set(g['requirements']) ^ want}")
    for k, v in g["requirements"].items():
        if v not in STATUSES:
            err(cid, f"status {k}={v}")
    if not isinstance(g.get("notes"), str) or not g["notes"]:
        err(cid, "notes")
    seen = set()
    for f in g["findings"]:
        k = f.get("kind")
        if k not in KINDS:
            err(cid, f"kind {k}")
            continue
        extra = set(f) - {"kind", "alleles", "value", "unit", "value_kg"}
        if extra:
            err(cid, f"unexpected fields {extra}")
        if k in ("aatd_diagnosis", "response_to_therapy"):
            if set(f) != {"kind"}:
                err(cid, f"{k} carries fields")
        elif k == "genotype":
            al = f.get("alleles")
            if not (isinstance(al, list) and len(al) == 2 and all(isinstance(a, str) and a == a.upper() for a in al)):
                err(cid, f"genotype alleles {al}")
            elif any(a not in BASIC_ALLELES + ["NULL"] and a not in RARE_ALLELES for a in al):
                err(cid, f"unknown allele {al}")
            elif sorted(al, key=allele_key) != al:
                err(cid, f"alleles not canonical {al}")
        elif k == "serum_aat":
            if not isinstance(f.get("value"), (int, float)) or f.get("unit") not in THRESH:
                err(cid, f"serum {f}")
        elif k == "weight":
            if f.get("unit") not in ("kg", "lb") or not isinstance(f.get("value"), (int, float)):
                err(cid, f"weight {f}")
            else:
                exp_kg = round(f["value"], 1) if f["unit"] == "kg" else round(f["value"] * 0.45359237, 1)
                if abs(exp_kg - f["value_kg"]) > 1e-9:
                    err(cid, f"weight value_kg {f} (want {exp_kg})")
        elif k in ("dose", "wastage", "fev1"):
            if not isinstance(f.get("value"), (int, float)) or f["value"] < 0:
                err(cid, f"{k} value {f}")
        elif k in ("lot_number", "prior_authorization"):
            if not isinstance(f.get("value"), str) or not f["value"]:
                err(cid, f"{k} {f}")
        elif k == "expiration_date":
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", str(f.get("value"))):
                err(cid, f"expiration {f}")
            else:
                exp_last_day(f["value"])
        elif k in ("infusion_start", "infusion_end"):
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(f.get("value"))):
                err(cid, f"{k} {f}")
        elif k == "lung_disease" and f.get("value") not in LUNG:
            err(cid, f"lung {f}")
        elif k == "smoking_status" and f.get("value") not in SMOKING:
            err(cid, f"smoking {f}")
        elif k == "drug_product" and f.get("value") not in PRODUCTS:
            err(cid, f"product {f}")
        key = norm_key(f)
        if key in seen:
            err(cid, f"duplicate normalized finding {key}")
        seen.add(key)
    # evidence
    docs = {d["id"]: d for d in chart["documents"]}
    if len(mod.FINDINGS) != len(g["findings"]):
        err(cid, "defs/gold finding count")
    for f in mod.FINDINGS:
        ev = f.get("ev")
        if not ev or len(ev) != 2:
            err(cid, f"no evidence for {f}")
            continue
        did, snip = ev
        if did not in docs:
            err(cid, f"evidence doc {did}")
            continue
        n = docs[did]["text"].count(snip)
        if n == 0:
            err(cid, f"evidence not verbatim in {did}: {snip!r}")
        if f["kind"] in ("lot_number", "prior_authorization") and f["value"] not in snip:
            err(cid, f"{f['kind']} value not in its snippet {snip!r}")
        if f["kind"] == "response_to_therapy" and docs[did]["type"] != "progress_note":
            err(cid, "response evidence must come from a progress_note")


# ---------------------------------------------------------------- arithmetic
def check_arith(cid, chart, g, a):
    dos = dt.date.fromisoformat(chart["date_of_service"])
    F = g["findings"]
    by = lambda k: [f for f in F if f["kind"] == k]
    doses = {frac(f["value"]) for f in by("dose")}
    wastes = {frac(f["value"]) for f in by("wastage")}
    if a.get("dos") != chart["date_of_service"]:
        err(cid, "ARITH dos")
    w = a.get("weight")
    if w is not None:
        match = [f for f in by("weight") if frac(f["value_kg"]) == frac(w["value_kg"])
                 and f["unit"] == w["unit"] and frac(f["value"]) == frac(w["value"])]
        if not match:
            err(cid, "ARITH weight is not a gold weight finding")
    if a.get("dose_mg") is not None:
        if doses != {frac(a["dose_mg"])}:
            err(cid, f"ARITH dose {a['dose_mg']} vs gold {doses}")
    elif doses:
        err(cid, "gold dose but ARITH dose None")
    if w is not None and a.get("dose_mg") is not None:
        target = frac(60) * frac(w["value_kg"])
        if frac(a["target_mg"]) != target:
            err(cid, f"ARITH target {a['target_mg']} want {float(target)}")
        pct = round(float((frac(a["dose_mg"]) - target) / target * 100), 2)
        if abs(pct - a["pct_diff"]) > 0.005:
            err(cid, f"ARITH pct {a['pct_diff']} want {pct}")
        within = abs(frac(a["dose_mg"]) - target) <= target / 10
        if within != a["within_10pct"]:
            err(cid, "ARITH within_10pct")
    if (a.get("waste_mg") is None) != (not wastes):
        err(cid, "ARITH waste presence")
    if a.get("waste_mg") is not None and wastes != {frac(a["waste_mg"])}:
        err(cid, "ARITH waste value")
    lines = chart.get("claim_lines") or []
    al = a.get("claim_lines", [])
    drug = [ln for ln in lines if ln["hcpcs"] in BU]
    if len(al) != len(drug):
        err(cid, "ARITH claim line count")
    for ln, rec in zip(drug, al):
        bu = BU[ln["hcpcs"]]
        if rec["hcpcs"] != ln["hcpcs"] or rec["units_billed"] != ln["units"] or rec["modifiers"] != ln["modifiers"] \
                or frac(rec["bu_mg"]) != bu:
            err(cid, f"ARITH line mismatch {rec}")
        if "JW" in ln["modifiers"]:
            exp_u = math.floor(frac(a["waste_mg"]) / bu) if a.get("waste_mg") is not None else None
        else:
            exp_u = math.ceil(frac(a["dose_mg"]) / bu) if a.get("dose_mg") is not None else None
        if rec["expected_units"] != exp_u:
            err(cid, f"ARITH expected units {rec['expected_units']} want {exp_u}")
    lots = {f["value"] for f in by("lot_number")}
    if lots != {x["lot"] for x in a.get("lots", [])}:
        err(cid, f"ARITH lots {lots}")
    exps = {f["value"] for f in by("expiration_date")}
    if exps != {x["exp"] for x in a.get("lots", []) if x.get("exp")}:
        err(cid, f"ARITH exps {exps}")
    for x in a.get("lots", []):
        if x.get("exp"):
            ok = exp_last_day(x["exp"]) >= dos
            if ok != x["exp_not_before_dos"]:
                err(cid, f"ARITH exp flag {x}")
    prods = {f["value"] for f in by("drug_product")}
    if not set(a.get("dos_products", [])) <= prods:
        err(cid, "ARITH dos_products not in findings")


# ---------------------------------------------------------------- status derivation
def derive(chart, g, a, mod):
    prof = chart["payer"]["profile"]
    F = g["findings"]
    by = lambda k: [f for f in F if f["kind"] == k]
    docs = {d["id"]: d for d in chart["documents"]}
    r = {}
    r["aatd_diagnosis"] = "met" if by("aatd_diagnosis") else "missing"

    def below(f):
        lo, rid = THRESH[f["unit"]]
        t = rid if getattr(mod, "FINDINGS", None) and any(
            m.get("_method") == "RID" and m["kind"] == "serum_aat" and m["value"] == f["value"] and m["unit"] == f["unit"]
            for m in mod.FINDINGS) else lo
        return f["value"] < t

    serum = by("serum_aat")
    low = any(below(f) for f in serum)
    r["serum_aat_level"] = "met" if low else ("conflict" if serum else "missing")

    def deficient(al):
        a1, a2 = al
        if a1 in DEFICIENT and a2 in DEFICIENT:
            return True
        if sorted([a1, a2]) == ["S", "Z"]:
            return low if prof == "commercial" else True
        return False

    gen = by("genotype")
    r["genotype"] = "met" if any(deficient(f["alleles"]) for f in gen) else ("conflict" if gen else "missing")
    r["lung_disease_evidence"] = "met" if by("lung_disease") else "missing"
    r["patient_weight"] = "met" if by("weight") else "missing"
    doses = {frac(f["value"]) for f in by("dose")}
    r["dose_administered"] = "met" if len(doses) == 1 else ("conflict" if doses else "missing")
    w = a.get("weight")
    if len(doses) == 1 and w is not None:
        d = next(iter(doses))
        t = 60 * frac(w["value_kg"])
        r["dose_matches_weight"] = "met" if abs(d - t) <= t / 10 else "conflict"
    else:
        r["dose_matches_weight"] = "missing"

    lines = chart.get("claim_lines")
    drug = [ln for ln in (lines or []) if ln["hcpcs"] in BU]
    admin = [ln for ln in drug if "JW" not in ln["modifiers"]]
    jw = [ln for ln in drug if "JW" in ln["modifiers"]]
    if not drug:
        r["units_match_dose"] = "not_applicable"
    elif len(doses) != 1:
        r["units_match_dose"] = "missing"
    else:
        d = next(iter(doses))
        ok = True
        for code in {ln["hcpcs"] for ln in admin}:
            s = sum(ln["units"] for ln in admin if ln["hcpcs"] == code)
            if s != math.ceil(d / BU[code]):
                ok = False
        r["units_match_dose"] = "met" if ok and admin else "conflict"

    wst = by("wastage")
    waste = frac(wst[0]["value"]) if wst else None
    if not drug:
        r["wastage_documented"] = "met" if wst else "missing"
    else:
        codes = {ln["hcpcs"] for ln in drug}
        both = any(any("JW" in ln["modifiers"] for ln in drug if ln["hcpcs"] == c) and
                   any("JZ" in ln["modifiers"] for ln in drug if ln["hcpcs"] == c) for c in codes)
        jz = any("JZ" in ln["modifiers"] for ln in admin)
        if both:
            st = "conflict"
        elif prof == "commercial":
            if jw:
                st = "conflict"
            elif jz and waste is not None and waste > 0:
                st = "conflict"
            else:
                st = "met" if wst else "missing"
        else:
            if jw:
                ok = waste is not None and waste > 0 and all(
                    sum(l["units"] for l in jw if l["hcpcs"] == c) == math.floor(waste / BU[c]) for c in {l["hcpcs"] for l in jw})
                st = "met" if ok else "conflict"
            elif jz or prof == "medicaid":
                st = "missing" if waste is None else ("met" if waste == 0 else "conflict")
            else:
                st = "conflict"
        r["wastage_documented"] = st

    r["lot_number"] = "met" if by("lot_number") else "missing"
    exps = by("expiration_date")
    dos = dt.date.fromisoformat(chart["date_of_service"])
    if not exps:
        r["expiration_date"] = "missing"
    else:
        r["expiration_date"] = "conflict" if any(exp_last_day(f["value"]) < dos for f in exps) else "met"
    st_, en_ = by("infusion_start"), by("infusion_end")
    if st_ and en_:
        r["infusion_times"] = "conflict" if en_[0]["value"] < st_[0]["value"] else "met"
    else:
        r["infusion_times"] = "missing"
    resp = [f for f in mod.FINDINGS if f["kind"] == "response_to_therapy" and docs[f["ev"][0]]["type"] == "progress_note"]
    r["response_to_therapy"] = "met" if resp else "missing"
    if prof == "medicare":
        r["prior_authorization"] = "not_applicable"
    else:
        r["prior_authorization"] = "met" if chart.get("prior_authorization") or by("prior_authorization") else "missing"
    if not drug:
        r["code_selection"] = "not_applicable"
    else:
        prods = set(a.get("dos_products", []))
        if not prods:
            r["code_selection"] = "missing"
        else:
            r["code_selection"] = "met" if all(prods <= COVERS[ln["hcpcs"]] for ln in drug) else "conflict"
    if prof in ("medicaid", "commercial"):
        sm = {f["value"] for f in by("smoking_status")}
        r["smoking_status"] = "conflict" if "current" in sm else ("met" if sm else "missing")
    if prof == "commercial":
        fv = [f["value"] for f in by("fev1")]
        r["fev1_range"] = "met" if any(25 <= v <= 80 for v in fv) else ("conflict" if fv else "missing")
    return r


def main():
    mods = load_defs()
    arith = json.loads((HERE / "arith.json").read_text())
    n = 0
    ids = sorted(mods)
    if ids != [f"b19-{i:03d}" for i in range(1, 15)]:
        err("batch", f"chart ids {ids}")
    for cid in ids:
        mod = mods[cid]
        chart = json.loads((OUT / "charts" / f"{cid}.json").read_text())
        gold = json.loads((OUT / "gold" / f"{cid}.json").read_text())
        check_chart(cid, chart)
        check_gold(cid, gold, chart, mod)
        a = arith[cid]
        check_arith(cid, chart, gold, a)
        der = derive(chart, gold, a, mod)
        for k, v in gold["requirements"].items():
            if der.get(k) != v:
                err(cid, f"status {k}: hand {v} vs derived {der.get(k)}")
        n += 1
    if errors:
        print("\n".join(errors))
        print(f"FAILED ({len(errors)} problems)")
        sys.exit(1)
    print(f"ok ({n} charts)")


if __name__ == "__main__":
    main()
