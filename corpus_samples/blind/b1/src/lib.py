import json, os, textwrap
OUT = "/work/main/corpus_samples/blind/b1"
REQ = ["aatd_diagnosis","genotype","serum_aat_level","lung_disease_evidence","patient_weight",
       "dose_administered","dose_matches_weight","units_match_dose","wastage_documented","lot_number",
       "expiration_date","infusion_times","response_to_therapy","prior_authorization","code_selection"]
ROWS = []

def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"

def req_ids(profile):
    ids = list(REQ)
    if profile in ("medicaid", "commercial"):
        ids.append("smoking_status")
    if profile == "commercial":
        ids.append("fev1_range")
    return ids

def emit(chart, req, findings, notes, readme):
    cid = chart["chart_id"]
    prof = chart["payer"]["profile"]
    ids = req_ids(prof)
    full = {}
    for i in ids:
        full[i] = req.get(i, "met")
    extra = set(req) - set(ids)
    assert not extra, (cid, extra)
    gold = {"chart_id": cid, "profile": prof, "requirements": full, "findings": findings, "notes": notes}
    with open(os.path.join(OUT, "charts", cid + ".json"), "w") as f:
        json.dump(chart, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "gold", cid + ".json"), "w") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
    gaps = [f"{k}={v}" for k, v in full.items() if v in ("missing", "conflict")]
    readme["gaps"] = ", ".join(gaps) if gaps else "none (complete)"
    readme["id"] = cid
    readme["profile"] = prof
    with open(os.path.join(OUT, "src", cid + ".row.json"), "w") as f:
        json.dump(readme, f)

def W(value, unit):
    kg = value if unit == "kg" else round(value * 0.45359237, 1)
    return {"kind": "weight", "value": value, "unit": unit, "value_kg": round(kg, 1)}
