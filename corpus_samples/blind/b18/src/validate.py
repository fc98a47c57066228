#!/usr/bin/env python3
"""Validate the b18 batch.

1. every chart against CONTRACT.md section 1 (schema version 1);
2. every gold file against ANNOTATION_GUIDE.md (requirement ids per profile, statuses, finding kinds
   and normalized fields, canonical allele order, lb->kg);
3. every evidence snippet is verbatim in its document (and lots / PA numbers / times are in it);
4. ARITH redone independently (60 mg/kg +/- 10 %, ceil/floor units per billing unit, lb->kg,
   expiration vs DOS with YYYY-MM = last day of the month, JW/JZ per profile);
5. EVERY requirement status re-derived from gold findings + claim lines + ARITH with this file's own
   implementation of the guide's rules, and compared with the hand-written statuses.
Prints "ok (N charts)" and exits 0 when everything holds.
"""
import calendar
import datetime as dt
import json
import math
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from build import load_defs, gold_of  # noqa: E402

BASE_REQ = ["aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence",
            "patient_weight", "dose_administered", "dose_matches_weight", "units_match_dose",
            "wastage_documented", "lot_number", "expiration_date", "infusion_times",
            "response_to_therapy", "prior_authorization", "code_selection"]
PROFILE_REQ = {
    "medicare": BASE_REQ,
    "medicaid": BASE_REQ + ["smoking_status"],
    "commercial": BASE_REQ + ["smoking_status", "fev1_range"],
}
STATUSES = {"met", "missing", "conflict", "not_applicable"}
DOC_TYPES = {"progress_note", "lab_report", "infusion_record", "other"}
BU = {"J2252": 1.0, "J0256": 10.0, "J0257": 10.0, "J0222": 0.1}
DRUG_CODES = set(BU)
PRODUCTS = {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira", "Glassia"}
COVERS = {
    "J2252": PRODUCTS,
    "J0256": {"Prolastin-C", "Prolastin-C Liquid", "Aralast NP", "Zemaira"},
    "J0257": {"Glassia"},
    "J0222": set(),
}
DEFICIENT = {"Z", "NULL", "MMALTON", "MHEERLEN", "MPROCIDA", "PLOWELL", "MDUARTE"}
LUNG = {"emphysema", "copd", "airflow_obstruction", "bronchiectasis"}
SMOKING = {"never", "former", "current"}
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
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

ERRORS = []


def err(cid, msg):
    ERRORS.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- helpers
def lb_to_kg(lb):
    return round(lb * 0.45359237 + 1e-9, 1)


def exp_last_day(value):
    if ISO_DATE.match(value):
        return dt.date.fromisoformat(value)
    y, m = map(int, value.split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


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


def hhmm_minutes(v):
    h, m = map(int, v.split(":"))
    return h * 60 + m


def serum_below(f):
    v, u = f["value"], f["unit"]
    return {"uM": v < 11, "mg/dL": v < 57, "g/L": v < 0.57}[u]


def dos_of(chart):
    if chart.get("date_of_service"):
        return dt.date.fromisoformat(chart["date_of_service"])
    return max(dt.date.fromisoformat(d["date"]) for d in chart["documents"])


# ---------------------------------------------------------------- 1. contract
def check_chart(cid, chart):
    if chart.get("chart_id") != cid:
        err(cid, "chart_id mismatch")
    if not isinstance(chart.get("chart_id"), str):
        err(cid, "chart_id not a string")
    docs = chart.get("documents")
    if not isinstance(docs, list) or not docs:
        err(cid, "documents must be a non-empty list")
        return
    if "date_of_service" in chart and not ISO_DATE.match(chart["date_of_service"]):
        err(cid, "date_of_service not ISO")
    payer = chart.get("payer", {})
    if payer.get("profile", "medicare") not in PROFILE_REQ:
        err(cid, "unknown profile")
    if "prior_authorization" in chart and not isinstance(chart["prior_authorization"], str):
        err(cid, "prior_authorization must be a string")
    for line in chart.get("claim_lines", []) or []:
        if not isinstance(line.get("hcpcs"), str):
            err(cid, f"claim line without hcpcs: {line}")
        if not isinstance(line.get("units"), (int, float)):
            err(cid, f"claim line units not a number: {line}")
        if not isinstance(line.get("modifiers"), list) or not all(isinstance(m, str) for m in line["modifiers"]):
            err(cid, f"claim line modifiers not a list of strings: {line}")
    ids = set()
    nlines = 0
    for d in docs:
        for k in ("id", "type", "date", "text"):
            if k not in d:
                err(cid, f"document missing {k}")
        if d.get("id") in ids:
            err(cid, f"duplicate document id {d.get('id')}")
        ids.add(d.get("id"))
        if d.get("type") not in DOC_TYPES:
            err(cid, f"bad document type {d.get('type')}")
        if not ISO_DATE.match(d.get("date", "")):
            err(cid, f"bad document date {d.get('date')}")
        nlines += d["text"].count("\n") + 1
    if not 2 <= len(docs) <= 4:
        err(cid, f"{len(docs)} documents (brief: 2-4)")
    if not 60 <= nlines <= 250:
        err(cid, f"{nlines} lines in all (brief: 60-250)")


# ---------------------------------------------------------------- 2./3. gold + evidence
def check_gold(cid, mod, gold, chart):
    profile = chart.get("payer", {}).get("profile", "medicare")
    if gold["profile"] != profile:
        err(cid, "gold profile differs from chart profile")
    if set(gold) != {"chart_id", "profile", "requirements", "findings", "notes"}:
        err(cid, f"gold keys {sorted(gold)}")
    if list(gold["requirements"]) != PROFILE_REQ[profile] and set(gold["requirements"]) != set(PROFILE_REQ[profile]):
        err(cid, f"requirement ids {sorted(gold['requirements'])} != profile's")
    for k, v in gold["requirements"].items():
        if v not in STATUSES:
            err(cid, f"bad status {k}={v}")
    docs = {d["id"]: d for d in chart["documents"]}
    seen = set()
    for f, doc_id, snip in mod.FINDINGS:
        kind = f.get("kind")
        if kind not in KIND_FIELDS:
            err(cid, f"unknown kind {kind}")
            continue
        extra = set(f) - {"kind"} - KIND_FIELDS[kind]
        missing = KIND_FIELDS[kind] - set(f)
        if extra or missing:
            err(cid, f"{kind}: fields extra={extra} missing={missing}")
            continue
        if doc_id not in docs:
            err(cid, f"{kind}: evidence document {doc_id} not in chart")
            continue
        if not snip or snip not in docs[doc_id]["text"]:
            err(cid, f"{kind}: evidence not verbatim in {doc_id}: {snip!r}")
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            err(cid, f"duplicate finding {key}")
        seen.add(key)
        if kind == "genotype":
            a = f["alleles"]
            if len(a) != 2 or any(x != x.upper() for x in a) or sorted(a, key=allele_key) != a:
                err(cid, f"genotype alleles not canonical: {a}")
        elif kind == "serum_aat":
            if f["unit"] not in {"mg/dL", "g/L", "uM"} or not isinstance(f["value"], (int, float)):
                err(cid, f"serum finding malformed {f}")
        elif kind == "weight":
            if f["unit"] == "kg":
                if abs(f["value_kg"] - round(f["value"], 1)) > 1e-9:
                    err(cid, f"weight kg value_kg mismatch {f}")
            elif f["unit"] == "lb":
                if abs(f["value_kg"] - lb_to_kg(f["value"])) > 1e-9:
                    err(cid, f"weight lb->kg wrong {f} (expected {lb_to_kg(f['value'])})")
            else:
                err(cid, f"weight unit {f['unit']}")
            if str(f["value"]).rstrip("0").rstrip(".") not in snip.replace(",", ""):
                err(cid, f"weight value {f['value']} not in its snippet {snip!r}")
        elif kind in ("dose", "wastage"):
            if not isinstance(f["value"], (int, float)) or f["value"] < 0:
                err(cid, f"{kind} value malformed {f}")
        elif kind == "lot_number":
            if f["value"] not in snip:
                err(cid, f"lot {f['value']} not in its snippet")
        elif kind == "prior_authorization":
            if f["value"] not in snip:
                err(cid, f"PA {f['value']} not in its snippet")
        elif kind == "expiration_date":
            if not (ISO_DATE.match(f["value"]) or ISO_MONTH.match(f["value"])):
                err(cid, f"expiration not ISO {f}")
        elif kind in ("infusion_start", "infusion_end"):
            if not HHMM.match(f["value"]):
                err(cid, f"{kind} not HH:MM {f}")
        elif kind == "lung_disease":
            if f["value"] not in LUNG:
                err(cid, f"lung value {f}")
        elif kind == "fev1":
            if not isinstance(f["value"], (int, float)) or str(f["value"]) not in snip:
                err(cid, f"fev1 malformed or not in snippet {f}")
        elif kind == "smoking_status":
            if f["value"] not in SMOKING:
                err(cid, f"smoking value {f}")
        elif kind == "drug_product":
            if f["value"] not in PRODUCTS:
                err(cid, f"product value {f}")
        elif kind == "response_to_therapy":
            if docs[doc_id]["type"] != "progress_note":
                err(cid, "response evidence not in a progress_note")
    # optional fixed-width documents (VA TIU notes: 80 columns)
    for doc_id, width in getattr(mod, "WIDTH", {}).items():
        for i, line in enumerate(docs[doc_id]["text"].split("\n"), 1):
            if len(line) > width:
                err(cid, f"{doc_id} line {i} is {len(line)} > {width} columns")
    # the decoys listed by the author must be in the text but must not be gold values
    for doc_id, snip in getattr(mod, "DECOYS", []):
        if snip not in docs[doc_id]["text"]:
            err(cid, f"decoy not verbatim in {doc_id}: {snip!r}")


# ---------------------------------------------------------------- 4. arithmetic
def check_arith(cid, chart, gold, ar):
    F = {}
    for f in gold["findings"]:
        F.setdefault(f["kind"], []).append(f)
    dos = dos_of(chart)
    if ar["dos"] != dos.isoformat():
        err(cid, "ARITH dos differs")
    # weights: dated list equals the weight findings; nearest to DOS decides
    wk = sorted(round(f["value_kg"], 1) for f in F.get("weight", []))
    aw = sorted(round(w["value_kg"], 1) for w in ar["weights"])
    if wk != aw:
        err(cid, f"ARITH weights {aw} != weight findings {wk}")
    nearest = None
    if ar["weights"]:
        ranked = sorted(ar["weights"], key=lambda w: (abs((dt.date.fromisoformat(w["date"]) - dos).days),
                                                     dt.date.fromisoformat(w["date"]) < dos))
        if len(ranked) > 1 and abs((dt.date.fromisoformat(ranked[0]["date"]) - dos).days) == \
                abs((dt.date.fromisoformat(ranked[1]["date"]) - dos).days) and ranked[0]["value_kg"] != ranked[1]["value_kg"]:
            err(cid, "two different weights equally near the DOS (ambiguous)")
        nearest = ranked[0]["value_kg"]
    if ar["weight_kg"] != nearest:
        err(cid, f"ARITH weight_kg {ar['weight_kg']} != nearest {nearest}")
    doses = sorted({f["value"] for f in F.get("dose", [])})
    if ar["dose_mg"] is None:
        if doses:
            err(cid, "ARITH has no dose but gold has one")
    elif doses != [ar["dose_mg"]]:
        err(cid, f"ARITH dose {ar['dose_mg']} != gold doses {doses}")
    if ar["dose_mg"] is not None and nearest is not None:
        target = 60 * nearest
        pct = (ar["dose_mg"] - target) / target * 100
        if abs(ar["target_mg"] - target) > 0.05:
            err(cid, f"ARITH target {ar['target_mg']} != {target}")
        if abs(ar["pct_diff"] - round(pct, 1)) > 0.051:
            err(cid, f"ARITH pct_diff {ar['pct_diff']} != {pct:.2f}")
        if ar["within_10pct"] != (abs(ar["dose_mg"] - target) <= 0.10 * target):
            err(cid, "ARITH within_10pct wrong")
    # claim lines
    lines = chart.get("claim_lines") or []
    drug = [l for l in lines if l["hcpcs"] in DRUG_CODES]
    if len(ar["lines"]) != len(drug):
        err(cid, "ARITH lines do not list every drug line")
    for l, a in zip(drug, ar["lines"]):
        if a["hcpcs"] != l["hcpcs"] or a["billed_units"] != l["units"] or a["modifiers"] != l["modifiers"]:
            err(cid, f"ARITH line {a} != claim {l}")
        if a["bu_mg"] != BU[l["hcpcs"]]:
            err(cid, f"ARITH billing unit wrong {a}")
        if "JW" in l["modifiers"]:
            exp_u = math.floor(ar["waste_mg"] / BU[l["hcpcs"]] + 1e-9) if ar["waste_mg"] is not None else None
        else:
            exp_u = math.ceil(ar["dose_mg"] / BU[l["hcpcs"]] - 1e-9) if ar["dose_mg"] is not None else None
        if a["expected_units"] != exp_u:
            err(cid, f"ARITH expected units {a['expected_units']} != {exp_u} for {l}")
    wastes = sorted({f["value"] for f in F.get("wastage", [])})
    if ar["waste_mg"] is None:
        if wastes:
            err(cid, "ARITH has no waste but gold has a wastage finding")
    elif wastes != [ar["waste_mg"]]:
        err(cid, f"ARITH waste {ar['waste_mg']} != gold {wastes}")
    jw_exp = None if ar["waste_mg"] is None else math.floor(ar["waste_mg"] / 10 + 1e-9)
    if any(l["hcpcs"] == "J2252" for l in drug) and ar["waste_mg"] is not None:
        jw_exp = math.floor(ar["waste_mg"] + 1e-9)
    if ar["jw_units_expected"] != jw_exp:
        err(cid, f"ARITH jw_units_expected {ar['jw_units_expected']} != {jw_exp}")
    # lots: every lot finding listed, expirations compared with the DOS
    lots = sorted(f["value"] for f in F.get("lot_number", []))
    if sorted(x["lot"] for x in ar["lots"]) != lots:
        err(cid, f"ARITH lots {[x['lot'] for x in ar['lots']]} != gold {lots}")
    exps = sorted({f["value"] for f in F.get("expiration_date", [])})
    if sorted({x["exp"] for x in ar["lots"] if x["exp"]}) != exps:
        err(cid, f"ARITH expirations != gold {exps}")
    for x in ar["lots"]:
        if x["exp"]:
            last = exp_last_day(x["exp"])
            if x["exp_compare"] != last.isoformat():
                err(cid, f"ARITH exp_compare {x['exp_compare']} != {last}")
            if x["expired"] != (last < dos):
                err(cid, f"ARITH expired flag wrong for {x}")
    if ar.get("product") is not None:
        prods = {f["value"] for f in F.get("drug_product", [])}
        if ar["product"] not in prods:
            err(cid, "ARITH product not among drug_product findings")


# ---------------------------------------------------------------- 5. statuses
def derive(chart, gold, ar):
    profile = chart.get("payer", {}).get("profile", "medicare")
    F = {}
    for f in gold["findings"]:
        F.setdefault(f["kind"], []).append(f)
    dos = dos_of(chart)
    st = {}
    st["aatd_diagnosis"] = "met" if F.get("aatd_diagnosis") else "missing"
    serum = F.get("serum_aat", [])
    serum_low = any(serum_below(f) for f in serum)
    st["serum_aat_level"] = "met" if serum_low else ("conflict" if serum else "missing")

    def deficient(alleles):
        a = set(alleles)
        if a <= DEFICIENT:
            return True
        if sorted(alleles) == ["S", "Z"]:
            return profile != "commercial" or serum_low
        return False
    geno = F.get("genotype", [])
    st["genotype"] = "met" if any(deficient(g["alleles"]) for g in geno) else ("conflict" if geno else "missing")
    st["lung_disease_evidence"] = "met" if F.get("lung_disease") else "missing"
    st["patient_weight"] = "met" if F.get("weight") else "missing"
    doses = sorted({f["value"] for f in F.get("dose", [])})
    st["dose_administered"] = "missing" if not doses else ("met" if len(doses) == 1 else "conflict")
    dose = doses[0] if len(doses) == 1 else None
    if dose is None or not F.get("weight"):
        st["dose_matches_weight"] = "missing"
    else:
        kg = ar["weight_kg"]
        st["dose_matches_weight"] = "met" if abs(dose - 60 * kg) <= 0.10 * 60 * kg + 1e-9 else "conflict"
    lines = chart.get("claim_lines") or []
    drug = [l for l in lines if l["hcpcs"] in DRUG_CODES]
    admin = [l for l in drug if "JW" not in l["modifiers"]]
    jw = [l for l in drug if "JW" in l["modifiers"]]
    if not drug:
        st["units_match_dose"] = "not_applicable"
    elif dose is None:
        st["units_match_dose"] = "missing"
    else:
        ok = True
        for code in {l["hcpcs"] for l in admin}:
            billed = sum(l["units"] for l in admin if l["hcpcs"] == code)
            if billed != math.ceil(dose / BU[code] - 1e-9):
                ok = False
        if not admin:
            ok = False
        st["units_match_dose"] = "met" if ok else "conflict"
    wastes = sorted({f["value"] for f in F.get("wastage", [])})
    waste = wastes[0] if wastes else None
    if not drug:
        # no claim lines, or claim lines without an A1PI drug line: the guide's no-claim branch
        st["wastage_documented"] = "met" if wastes else "missing"
    elif profile == "commercial":
        if jw:
            st["wastage_documented"] = "conflict"
        elif any("JZ" in l["modifiers"] for l in admin) and waste and waste > 0:
            st["wastage_documented"] = "conflict"
        else:
            st["wastage_documented"] = "met" if wastes else "missing"
    else:
        both = any(any("JZ" in l["modifiers"] for l in drug if l["hcpcs"] == c) and
                   any("JW" in l["modifiers"] for l in drug if l["hcpcs"] == c) for c in {l["hcpcs"] for l in drug})
        has_jz = any("JZ" in l["modifiers"] for l in admin)
        if both:
            st["wastage_documented"] = "conflict"
        elif jw:
            ok = waste is not None and waste > 0
            if ok:
                for code in {l["hcpcs"] for l in jw}:
                    if sum(l["units"] for l in jw if l["hcpcs"] == code) != math.floor(waste / BU[code] + 1e-9):
                        ok = False
            st["wastage_documented"] = "met" if ok else "conflict"
        elif has_jz or profile == "medicaid":
            if waste is None:
                st["wastage_documented"] = "missing"
            else:
                st["wastage_documented"] = "met" if waste == 0 else "conflict"
        else:  # medicare, neither JW nor JZ
            st["wastage_documented"] = "conflict"
    st["lot_number"] = "met" if F.get("lot_number") else "missing"
    exps = F.get("expiration_date", [])
    if not exps:
        st["expiration_date"] = "missing"
    else:
        st["expiration_date"] = "conflict" if any(exp_last_day(f["value"]) < dos for f in exps) else "met"
    s, e = F.get("infusion_start", []), F.get("infusion_end", [])
    if s and e:
        st["infusion_times"] = "conflict" if hhmm_minutes(e[0]["value"]) < hhmm_minutes(s[0]["value"]) else "met"
    else:
        st["infusion_times"] = "missing"
    st["response_to_therapy"] = "met" if F.get("response_to_therapy") else "missing"
    if profile == "medicare":
        st["prior_authorization"] = "not_applicable"
    else:
        st["prior_authorization"] = "met" if (chart.get("prior_authorization") or F.get("prior_authorization")) else "missing"
    prods = {f["value"] for f in F.get("drug_product", [])}
    if not drug:
        st["code_selection"] = "not_applicable"
    elif not prods:
        st["code_selection"] = "missing"
    else:
        given = ar.get("product") or (sorted(prods)[0] if len(prods) == 1 else None)
        st["code_selection"] = "met" if all(given in COVERS[l["hcpcs"]] for l in drug) else "conflict"
    if profile in ("medicaid", "commercial"):
        sm = {f["value"] for f in F.get("smoking_status", [])}
        st["smoking_status"] = "conflict" if "current" in sm else ("met" if sm else "missing")
    if profile == "commercial":
        fv = [f["value"] for f in F.get("fev1", [])]
        st["fev1_range"] = "met" if any(25 <= v <= 80 for v in fv) else ("conflict" if fv else "missing")
    return st


def main():
    mods = load_defs()
    ids = []
    for mod in mods:
        chart = mod.CHART
        cid = chart["chart_id"]
        ids.append(cid)
        # the written files must be what build.py produces from the defs
        cpath, gpath = ROOT / "charts" / f"{cid}.json", ROOT / "gold" / f"{cid}.json"
        if not cpath.exists() or json.loads(cpath.read_text()) != chart:
            err(cid, "charts/ file missing or stale: run build.py")
        gold = gold_of(mod)
        if not gpath.exists() or json.loads(gpath.read_text()) != gold:
            err(cid, "gold/ file missing or stale: run build.py")
        check_chart(cid, chart)
        check_gold(cid, mod, gold, chart)
        check_arith(cid, chart, gold, mod.ARITH)
        derived = derive(chart, gold, mod.ARITH)
        for k in PROFILE_REQ[gold["profile"]]:
            if derived.get(k) != gold["requirements"].get(k):
                err(cid, f"status {k}: hand-written {gold['requirements'].get(k)} != derived {derived.get(k)}")
        if getattr(mod, "EXPECT_GAPS", None) is not None:
            gaps = sorted(k for k, v in gold["requirements"].items() if v in ("missing", "conflict"))
            if gaps != sorted(mod.EXPECT_GAPS):
                err(cid, f"gaps {gaps} != declared {sorted(mod.EXPECT_GAPS)}")
    expected = [f"b18-{i:03d}" for i in range(1, 15)]
    if ids != expected:
        ERRORS.append(f"chart ids {ids} != {expected}")
    arith = json.loads((HERE / "arith.json").read_text())
    if sorted(arith) != sorted(ids):
        ERRORS.append("arith.json stale")
    if ERRORS:
        print("\n".join(ERRORS))
        print(f"FAILED ({len(ERRORS)} problems)")
        return 1
    print(f"ok ({len(ids)} charts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
