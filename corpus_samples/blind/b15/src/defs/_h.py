"""Small helpers shared by the chart modules (stdlib only).

F(kind, ev, **fields) builds one gold finding. `ev` is (document_id, exact snippet)
and is kept under the private key "_ev" so that validate.py can check the snippet
really is in that document; build.py strips every key starting with "_" before it
writes gold/<id>.json. "_rid": True on a serum finding records that the method is
radial immunodiffusion (threshold 80 mg/dL / 0.8 g/L); it is stripped too.
"""

LB = 0.45359237

BASE_REQS = [
    "aatd_diagnosis", "genotype", "serum_aat_level", "lung_disease_evidence",
    "patient_weight", "dose_administered", "dose_matches_weight", "units_match_dose",
    "wastage_documented", "lot_number", "expiration_date", "infusion_times",
    "response_to_therapy", "prior_authorization", "code_selection",
]


def req_ids(profile):
    ids = list(BASE_REQS)
    if profile in ("medicaid", "commercial"):
        ids.append("smoking_status")
    if profile == "commercial":
        ids.append("fev1_range")
    return ids


def F(kind, ev, **fields):
    d = {"kind": kind}
    d.update(fields)
    d["_ev"] = ev
    return d


def W(ev, value, unit):
    """weight finding with value_kg computed the guide's way"""
    if unit == "kg":
        kg = round(float(value), 1)
    else:
        kg = round(float(value) * LB, 1)
    return F("weight", ev, value=value, unit=unit, value_kg=kg)


def reqs(profile, **status):
    ids = req_ids(profile)
    unknown = set(status) - set(ids)
    if unknown:
        raise ValueError("unknown requirement ids: %s" % sorted(unknown))
    missing = [i for i in ids if i not in status]
    if missing:
        raise ValueError("status not given for: %s" % missing)
    return {i: status[i] for i in ids}
