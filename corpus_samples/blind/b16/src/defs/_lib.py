"""Small helpers shared by the b16 chart definitions (stdlib only).

Each chart module lists FINDINGS as (finding_dict, evidence_snippet) pairs. The snippet is
never written to gold; validate.py only checks that it occurs verbatim in one of the chart's
documents, so every gold finding is anchored to real text.
"""

BASE_REQS = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence",
    "patient_weight", "dose_administered", "dose_matches_weight", "units_match_dose",
    "wastage_documented", "lot_number", "expiration_date", "infusion_times",
    "response_to_therapy", "prior_authorization", "code_selection",
]
EXTRA_REQS = {
    "medicare": [],
    "medicaid": ["smoking_status"],
    "commercial": ["smoking_status", "fev1_range"],
}

LB = 0.45359237


def W(value, unit="kg"):
    """A weight finding; lb converted to kg with one decimal."""
    if unit == "kg":
        kg = round(float(value), 1)
    else:
        kg = round(float(value) * LB, 1)
    return {"kind": "weight", "value": value, "unit": unit, "value_kg": kg}


def F(kind, **kw):
    d = {"kind": kind}
    d.update(kw)
    return d


def reqs(profile, **status):
    """Requirement dict in the guide's order; every id must be given exactly once."""
    ids = BASE_REQS + EXTRA_REQS[profile]
    missing = [i for i in ids if i not in status]
    extra = [k for k in status if k not in ids]
    if missing or extra:
        raise ValueError("reqs: missing %s extra %s" % (missing, extra))
    return {i: status[i] for i in ids}


def gold(chart, profile, requirements, findings, notes):
    return {
        "chart_id": chart["chart_id"],
        "profile": profile,
        "requirements": requirements,
        "findings": [f for f, _ in findings],
        "notes": notes,
    }
