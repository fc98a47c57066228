"""Helpers to emit chart + gold JSON for blind batch b8."""
import json
import os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BASE_REQS = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence",
    "patient_weight", "dose_administered", "dose_matches_weight", "units_match_dose",
    "wastage_documented", "lot_number", "expiration_date", "infusion_times",
    "response_to_therapy", "prior_authorization", "code_selection",
]
PROFILE_EXTRA = {"medicare": [], "medicaid": ["smoking_status"],
                 "commercial": ["smoking_status", "fev1_range"]}


def req_ids(profile):
    return BASE_REQS + PROFILE_EXTRA[profile]


def doc(id_, type_, date, text):
    # strip one leading newline from triple-quoted blocks, keep the rest verbatim
    if text.startswith("\n"):
        text = text[1:]
    return {"id": id_, "type": type_, "date": date, "text": text}


def emit(chart, gold):
    cid = chart["chart_id"]
    assert gold["chart_id"] == cid
    for sub, obj in (("charts", chart), ("gold", gold)):
        path = os.path.join(BASE, sub, cid + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(obj, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
