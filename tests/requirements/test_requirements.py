"""Table-driven requirement tests: every requirement id, every status it can take, under each payer profile.

Each case starts from a short, complete chart (a progress note and an infusion record, both dated on the date
of service, a J0256 x 480 JZ claim line and a prior-authorization number) and changes one fragment of text or
the claim, then checks the status of one requirement in ``checker.check(chart)``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from nlp_checker.requirements.models import CONTRACT_REQUIREMENTS
from tests.conftest import CORPUS, make_chart

PROFILES = ("medicare", "medicaid", "commercial")
ALL = PROFILES
PAYERS_REQUIRING_PA = ("medicaid", "commercial")
EXTRA_REQUIREMENTS = {
    "medicare": (),
    "medicaid": ("smoking_status",),
    "commercial": ("smoking_status", "fev1_range"),
}

# Fragments of the progress note (one sentence per line, so no ConText cue leaks from one to the next).
NOTE_PARTS: dict[str, str] = {
    "dx": "67 y/o M with alpha-1 antitrypsin deficiency, on weekly augmentation.",
    "lung": "CT shows panlobular emphysema.",
    "genotype": "Genotype PI*ZZ.",
    "serum": "AAT level 28 mg/dL by nephelometry.",
    "response": "Remains stable on augmentation therapy.",
    "smoking": "Former smoker, quit 2010.",
    "fev1": "FEV1 48% predicted.",
    "weight": "Wt 80 kg",
    "pa_note": "",
    "note_extra": "",
}
# Fragments of the infusion record.
INFUSION_PARTS: dict[str, str] = {
    "product": "Drug: Prolastin-C",
    "lot": "Lot #: P3K1042",
    "exp": "Exp: 11/30/2027",
    "start": "Start time: 0930",
    "stop": "Stop time: 1002",
    "dose": "Dose given: 4800 mg",
    "waste": "Waste: none.",
    "infusion_extra": "",
}
DEFAULT_LINES = [{"hcpcs": "J0256", "units": 480, "modifiers": ["JZ"]}]
NO_CLAIM = "no-claim"


def chart_for(
    profile: str = "medicare", claim_lines: Any = None, pa: str | None = "PA-778812", **parts: str | None
) -> dict:
    """The complete base chart with some fragments replaced (a string) or removed (None).

    ``claim_lines``: None keeps the default J0256 x 480 JZ line; ``NO_CLAIM``: no claim lines.
    """
    unknown = set(parts) - set(NOTE_PARTS) - set(INFUSION_PARTS)
    assert not unknown, f"unknown fragments {unknown}"

    def text(defaults: dict[str, str], header: str) -> str:
        lines = [header]
        for key, default in defaults.items():
            value = parts.get(key, default)
            if value:
                lines.append(value)
        return "\n".join(lines) + "\n"

    extra: dict[str, Any] = {}
    if pa is not None:
        extra["prior_authorization"] = pa
    lines = copy.deepcopy(DEFAULT_LINES) if claim_lines is None else claim_lines
    return make_chart(
        text(NOTE_PARTS, "PULMONARY PROGRESS NOTE"),
        text(INFUSION_PARTS, "INFUSION RECORD"),
        types=["progress_note", "infusion_record"],
        profile=profile,
        claim_lines=None if lines == NO_CLAIM else lines,
        **extra,
    )


def line(code: str, units: float, *modifiers: str) -> dict:
    return {"hcpcs": code, "units": units, "modifiers": list(modifiers)}


def status_of(report: Any, requirement_id: str) -> str:
    return report.requirement(requirement_id).status


# ----------------------------------------------------------------------------------------------------
# The base chart is complete under every profile: every case below changes exactly one thing.
# ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("profile", PROFILES)
def test_base_chart_is_complete(checker, profile):
    report = checker.check(chart_for(profile))
    assert report.profile == profile
    gaps = {r.id: r.message for r in report.requirements if r.status in ("missing", "conflict")}
    assert gaps == {}
    assert report.complete is True
    expected_pa = "not_applicable" if profile == "medicare" else "met"
    assert status_of(report, "prior_authorization") == expected_pa


# ----------------------------------------------------------------------------------------------------
# The table: (requirement, expected status, profiles, chart changes, case id)
# ----------------------------------------------------------------------------------------------------
def case(requirement: str, status: str, profiles: tuple[str, ...], case_id: str, **changes: Any) -> list:
    return [
        pytest.param(requirement, status, profile, changes, id=f"{requirement}-{status}-{profile}-{case_id}")
        for profile in profiles
    ]


CASES: list = [
    # aatd_diagnosis
    *case("aatd_diagnosis", "met", ALL, "written-out"),
    *case("aatd_diagnosis", "met", ALL, "icd10", dx="Problem: E88.01, on weekly augmentation."),
    *case("aatd_diagnosis", "met", ALL, "abbreviation", dx="Known AATD, on weekly augmentation."),
    *case("aatd_diagnosis", "missing", ALL, "absent", dx=None),
    *case("aatd_diagnosis", "missing", ALL, "family-only", dx="Brother has alpha-1 antitrypsin deficiency."),
    *case("aatd_diagnosis", "missing", ALL, "rule-out", dx="Rule out alpha-1 antitrypsin deficiency."),
    # genotype
    *case("genotype", "met", ALL, "ZZ"),
    *case("genotype", "met", ALL, "Z-null", genotype="Genotype: PI*Z/null."),
    *case("genotype", "met", ALL, "SZ-with-low-level", genotype="Phenotype: SZ."),
    *case(
        "genotype", "met", ("medicare", "medicaid"), "SZ-without-level", genotype="Phenotype: SZ.", serum=None
    ),
    *case("genotype", "conflict", ("commercial",), "SZ-without-level", genotype="Phenotype: SZ.", serum=None),
    *case(
        "genotype",
        "met",
        ("medicare", "medicaid"),
        "SZ-with-high-level",
        genotype="Phenotype: SZ.",
        serum="AAT level 95 mg/dL by nephelometry.",
    ),
    *case(
        "genotype",
        "conflict",
        ("commercial",),
        "SZ-with-high-level",
        genotype="Phenotype: SZ.",
        serum="AAT level 95 mg/dL by nephelometry.",
    ),
    *case("genotype", "conflict", ALL, "MZ", genotype="Genotype PI*MZ."),
    *case("genotype", "conflict", ALL, "MS", genotype="Genotype PI*MS."),
    *case("genotype", "conflict", ALL, "negative-S-and-Z", genotype="Negative for S and Z alleles."),
    *case("genotype", "missing", ALL, "absent", genotype=None),
    *case("genotype", "missing", ALL, "family-only", genotype="Brother is PI*ZZ."),
    # serum_aat_level: 57 mg/dL (nephelometry, default) / 80 mg/dL (RID); 0.57 / 0.8 g/L; 11 uM
    *case("serum_aat_level", "met", ALL, "mg-dl-low"),
    *case("serum_aat_level", "met", ALL, "mg-dl-just-below", serum="AAT level 56 mg/dL by nephelometry."),
    *case(
        "serum_aat_level", "conflict", ALL, "mg-dl-at-threshold", serum="AAT level 57 mg/dL by nephelometry."
    ),
    *case(
        "serum_aat_level",
        "conflict",
        ALL,
        "mg-dl-70-nephelometry",
        serum="AAT level 70 mg/dL by nephelometry.",
    ),
    *case("serum_aat_level", "conflict", ALL, "mg-dl-70-no-method", serum="AAT level 70 mg/dL."),
    *case(
        "serum_aat_level", "met", ALL, "mg-dl-70-RID", serum="AAT level 70 mg/dL by radial immunodiffusion."
    ),
    *case("serum_aat_level", "met", ALL, "mg-dl-79-RID-abbrev", serum="AAT level 79 mg/dL (RID)."),
    *case(
        "serum_aat_level",
        "conflict",
        ALL,
        "mg-dl-80-RID",
        serum="AAT level 80 mg/dL by radial immunodiffusion.",
    ),
    *case("serum_aat_level", "met", ALL, "g-l-low", serum="AAT level 0.45 g/L."),
    *case("serum_aat_level", "conflict", ALL, "g-l-at-threshold", serum="AAT level 0.57 g/L."),
    *case("serum_aat_level", "met", ALL, "g-l-0.7-RID", serum="AAT level 0.7 g/L by radial immunodiffusion."),
    *case(
        "serum_aat_level", "conflict", ALL, "g-l-0.7-nephelometry", serum="AAT level 0.7 g/L by nephelometry."
    ),
    *case("serum_aat_level", "met", ALL, "uM-low", serum="Serum A1AT 5.2 uM."),
    *case("serum_aat_level", "met", ALL, "umol-l-low", serum="Serum A1AT 10.5 umol/L."),
    *case("serum_aat_level", "conflict", ALL, "uM-at-threshold", serum="Serum A1AT 11 uM."),
    *case("serum_aat_level", "conflict", ALL, "uM-high", serum="Serum A1AT 25 uM."),
    *case("serum_aat_level", "missing", ALL, "absent", serum=None),
    *case("serum_aat_level", "missing", ALL, "planned", serum="Will check AAT level next visit."),
    # lung_disease_evidence
    *case("lung_disease_evidence", "met", ALL, "emphysema"),
    *case("lung_disease_evidence", "met", ALL, "copd", lung="History of COPD."),
    *case(
        "lung_disease_evidence",
        "met",
        ALL,
        "airflow-obstruction",
        lung="Spirometry shows airflow obstruction.",
    ),
    *case("lung_disease_evidence", "missing", ALL, "absent", lung=None),
    *case("lung_disease_evidence", "missing", ALL, "negated", lung="CT chest shows no emphysema."),
    # patient_weight
    *case("patient_weight", "met", ALL, "kg"),
    *case("patient_weight", "met", ALL, "lb", weight="Wt 176 lb"),
    *case("patient_weight", "missing", ALL, "absent", weight=None),
    *case("patient_weight", "missing", ALL, "ideal-weight-only", weight="Ideal body weight 70 kg"),
    # dose_administered
    *case("dose_administered", "met", ALL, "flowsheet"),
    *case("dose_administered", "met", ALL, "sentence", dose="Prolastin-C 4,800 mg IV infused over 20 min."),
    *case("dose_administered", "conflict", ALL, "two-doses", note_extra="Total dose administered 5000 mg."),
    *case("dose_administered", "missing", ALL, "absent", dose=None),
    *case("dose_administered", "missing", ALL, "planned-only", dose="Next infusion 4,800 mg next week."),
    *case(
        "dose_administered", "met", ALL, "previous-dose-ignored", note_extra="Previous dose given: 5000 mg."
    ),
    *case("dose_administered", "met", ALL, "next-dose-ignored", note_extra="Next dose 5000 mg planned."),
    # dose_matches_weight: 60 mg/kg x 80 kg = 4800 mg, tolerance 10 % (4320 .. 5280)
    *case("dose_matches_weight", "met", ALL, "exact"),
    *case("dose_matches_weight", "met", ALL, "plus-10-percent", dose="Dose given: 5280 mg"),
    *case("dose_matches_weight", "met", ALL, "minus-10-percent", dose="Dose given: 4320 mg"),
    *case("dose_matches_weight", "conflict", ALL, "plus-12-percent", dose="Dose given: 5400 mg"),
    *case("dose_matches_weight", "conflict", ALL, "minus-12-percent", dose="Dose given: 4200 mg"),
    *case("dose_matches_weight", "met", ALL, "weight-in-lb", weight="Wt 176 lb"),  # 79.8 kg
    *case("dose_matches_weight", "conflict", ALL, "weight-in-lb-too-heavy", weight="Wt 220 lb"),  # 99.8 kg
    *case("dose_matches_weight", "missing", ALL, "no-weight", weight=None),
    *case("dose_matches_weight", "missing", ALL, "no-dose", dose=None),
    # lot_number
    *case("lot_number", "met", ALL, "lot"),
    *case("lot_number", "met", ALL, "batch", lot="Batch 4411A"),
    *case("lot_number", "missing", ALL, "absent", lot=None),
    # expiration_date (DOS 2026-03-04)
    *case("expiration_date", "met", ALL, "future"),
    *case("expiration_date", "met", ALL, "same-day", exp="Exp: 2026-03-04"),
    *case("expiration_date", "met", ALL, "year-month-of-dos", exp="Exp: 2026-03"),
    *case("expiration_date", "met", ALL, "month-slash-year-of-dos", exp="Exp: 03/2026"),
    *case("expiration_date", "conflict", ALL, "day-before", exp="Exp: 2026-03-03"),
    *case("expiration_date", "conflict", ALL, "year-month-before", exp="Exp: 2026-02"),
    *case("expiration_date", "conflict", ALL, "month-slash-year-before", exp="Exp: 02/2026"),
    *case("expiration_date", "missing", ALL, "absent", exp=None),
    # infusion_times
    *case("infusion_times", "met", ALL, "both"),
    *case(
        "infusion_times", "met", ALL, "am-pm", start="Infusion started at 9:30 AM", stop="Stop time: 10:02 AM"
    ),
    *case(
        "infusion_times",
        "conflict",
        ALL,
        "stop-before-start",
        start="Start time: 1002",
        stop="Stop time: 0930",
    ),
    *case("infusion_times", "missing", ALL, "no-stop", stop=None),
    *case("infusion_times", "missing", ALL, "no-start", start=None),
    # response_to_therapy
    *case("response_to_therapy", "met", ALL, "stable"),
    *case("response_to_therapy", "met", ALL, "tolerating", response="Tolerating infusions well."),
    *case("response_to_therapy", "missing", ALL, "absent", response=None),
    # prior_authorization
    *case("prior_authorization", "not_applicable", ("medicare",), "chart-field"),
    *case("prior_authorization", "not_applicable", ("medicare",), "absent", pa=None),
    *case("prior_authorization", "met", PAYERS_REQUIRING_PA, "chart-field"),
    *case("prior_authorization", "met", PAYERS_REQUIRING_PA, "note", pa=None, pa_note="PA# 778812 on file."),
    *case(
        "prior_authorization",
        "met",
        PAYERS_REQUIRING_PA,
        "note-auth-number",
        pa=None,
        pa_note="Prior auth number: AUTH-2026-55.",
    ),
    *case("prior_authorization", "missing", PAYERS_REQUIRING_PA, "absent", pa=None),
    *case("prior_authorization", "missing", PAYERS_REQUIRING_PA, "blank-field", pa="   "),
    # code_selection
    *case("code_selection", "met", ALL, "prolastin-J0256"),
    *case(
        "code_selection",
        "met",
        ALL,
        "glassia-J0257",
        product="Drug: Glassia",
        claim_lines=[line("J0257", 480, "JZ")],
    ),
    *case(
        "code_selection",
        "met",
        ALL,
        "glassia-J2252",
        product="Drug: Glassia",
        claim_lines=[line("J2252", 4800, "JZ")],
    ),
    *case(
        "code_selection",
        "met",
        ALL,
        "zemaira-J2252",
        product="Drug: Zemaira",
        claim_lines=[line("J2252", 4800, "JZ")],
    ),
    *case("code_selection", "met", ALL, "aralast-J0256", product="Drug: Aralast NP"),
    *case("code_selection", "conflict", ALL, "glassia-J0256", product="Drug: Glassia"),
    *case(
        "code_selection",
        "conflict",
        ALL,
        "zemaira-J0257",
        product="Drug: Zemaira",
        claim_lines=[line("J0257", 480, "JZ")],
    ),
    *case("code_selection", "conflict", ALL, "J0222", claim_lines=[line("J0222", 48000, "JZ")]),
    *case("code_selection", "missing", ALL, "no-product", product=None),
    *case("code_selection", "not_applicable", ALL, "no-claim-lines", claim_lines=NO_CLAIM),
    *case("code_selection", "not_applicable", ALL, "empty-claim-lines", claim_lines=[]),
    *case("code_selection", "not_applicable", ALL, "no-drug-lines", claim_lines=[line("96365", 1)]),
    # smoking_status (medicaid and commercial only)
    *case("smoking_status", "met", PAYERS_REQUIRING_PA, "former"),
    *case("smoking_status", "met", PAYERS_REQUIRING_PA, "never", smoking="Never smoker."),
    *case("smoking_status", "conflict", PAYERS_REQUIRING_PA, "current", smoking="Current smoker, 1 ppd."),
    *case("smoking_status", "missing", PAYERS_REQUIRING_PA, "absent", smoking=None),
    # fev1_range (commercial only): 25-80 % predicted
    *case("fev1_range", "met", ("commercial",), "48"),
    *case("fev1_range", "met", ("commercial",), "lower-bound", fev1="FEV1 25% predicted."),
    *case("fev1_range", "met", ("commercial",), "upper-bound", fev1="FEV1 80% predicted."),
    *case("fev1_range", "conflict", ("commercial",), "too-high", fev1="FEV1 85% predicted."),
    *case("fev1_range", "conflict", ("commercial",), "too-low", fev1="FEV1 20% predicted."),
    *case("fev1_range", "missing", ("commercial",), "absent", fev1=None),
]

# units_match_dose: billed units on non-JW lines = ceil(dose / billing unit); J2252 1 mg, J0256 / J0257 10 mg.
UNITS_CASES: list = [
    *case("units_match_dose", "met", ALL, "J0256-480"),
    *case("units_match_dose", "met", ALL, "J2252-4800", claim_lines=[line("J2252", 4800, "JZ")]),
    *case("units_match_dose", "conflict", ALL, "J2252-480", claim_lines=[line("J2252", 480, "JZ")]),
    *case("units_match_dose", "conflict", ALL, "J2252-4799", claim_lines=[line("J2252", 4799, "JZ")]),
    *case(
        "units_match_dose",
        "met",
        ALL,
        "J2252-odd-dose",
        dose="Dose given: 4805 mg",
        claim_lines=[line("J2252", 4805, "JZ")],
    ),
    *case(
        "units_match_dose",
        "met",
        ALL,
        "J0256-rounded-up",
        dose="Dose given: 4805 mg",
        claim_lines=[line("J0256", 481, "JZ")],
    ),
    *case(
        "units_match_dose",
        "conflict",
        ALL,
        "J0256-rounded-down",
        dose="Dose given: 4805 mg",
        claim_lines=[line("J0256", 480, "JZ")],
    ),
    *case("units_match_dose", "conflict", ALL, "J0256-billed-as-mg", claim_lines=[line("J0256", 4800, "JZ")]),
    *case(
        "units_match_dose",
        "met",
        ALL,
        "J0257-rounded-up",
        product="Drug: Glassia",
        dose="Dose given: 4801 mg",
        claim_lines=[line("J0257", 481, "JZ")],
    ),
    *case(
        "units_match_dose",
        "met",
        ALL,
        "split-over-two-lines",
        claim_lines=[line("J0256", 400, "JZ"), line("J0256", 80, "JZ")],
    ),
    *case(
        "units_match_dose",
        "met",
        ("medicare", "medicaid"),
        "JW-line-not-counted",
        waste="100 mg discarded.",
        claim_lines=[line("J0256", 480), line("J0256", 10, "JW")],
    ),
    *case(
        "units_match_dose",
        "conflict",
        ALL,
        "only-JW-lines",
        waste="100 mg discarded.",
        claim_lines=[line("J0256", 10, "JW")],
    ),
    *case("units_match_dose", "missing", ALL, "no-dose", dose=None),
    *case("units_match_dose", "not_applicable", ALL, "no-claim-lines", claim_lines=NO_CLAIM),
    *case("units_match_dose", "not_applicable", ALL, "no-drug-lines", claim_lines=[line("96365", 1)]),
]

# wastage_documented: JW units = floor(waste / billing unit); JZ needs a "no waste" statement.
MEDICARE_MEDICAID = ("medicare", "medicaid")
WASTE_CASES: list = [
    # without claim lines: a statement is enough
    *case("wastage_documented", "met", ALL, "no-claim-no-waste-stated", claim_lines=NO_CLAIM),
    *case(
        "wastage_documented", "met", ALL, "no-claim-amount", claim_lines=NO_CLAIM, waste="100 mg discarded."
    ),
    *case("wastage_documented", "missing", ALL, "no-claim-nothing-said", claim_lines=NO_CLAIM, waste=None),
    # JZ rules (every profile)
    *case("wastage_documented", "met", ALL, "JZ-no-waste"),
    *case("wastage_documented", "met", ALL, "JZ-waste-0-mg", waste="Waste: 0 mg"),
    *case("wastage_documented", "conflict", ALL, "JZ-with-waste", waste="100 mg discarded."),
    *case("wastage_documented", "missing", ALL, "JZ-nothing-said", waste=None),
    # JW (medicare / medicaid reimburse waste)
    *case(
        "wastage_documented",
        "met",
        MEDICARE_MEDICAID,
        "JW-J0256",
        waste="100 mg discarded.",
        claim_lines=[line("J0256", 480), line("J0256", 10, "JW")],
    ),
    *case(
        "wastage_documented",
        "met",
        MEDICARE_MEDICAID,
        "JW-J0256-rounded-down",
        waste="105 mg discarded.",
        claim_lines=[line("J0256", 480), line("J0256", 10, "JW")],
    ),
    *case(
        "wastage_documented",
        "conflict",
        MEDICARE_MEDICAID,
        "JW-J0256-rounded-up",
        waste="105 mg discarded.",
        claim_lines=[line("J0256", 480), line("J0256", 11, "JW")],
    ),
    *case(
        "wastage_documented",
        "met",
        MEDICARE_MEDICAID,
        "JW-J2252",
        waste="80 mg discarded.",
        claim_lines=[line("J2252", 4800), line("J2252", 80, "JW")],
    ),
    *case(
        "wastage_documented",
        "conflict",
        MEDICARE_MEDICAID,
        "JW-J2252-units-wrong",
        waste="80 mg discarded.",
        claim_lines=[line("J2252", 4800), line("J2252", 8, "JW")],
    ),
    *case(
        "wastage_documented",
        "conflict",
        MEDICARE_MEDICAID,
        "JW-without-documented-waste",
        waste=None,
        claim_lines=[line("J0256", 480), line("J0256", 10, "JW")],
    ),
    *case(
        "wastage_documented",
        "conflict",
        MEDICARE_MEDICAID,
        "JW-with-no-waste-statement",
        claim_lines=[line("J0256", 480), line("J0256", 10, "JW")],
    ),
    *case(
        "wastage_documented",
        "conflict",
        ALL,
        "JW-and-JZ",
        waste="100 mg discarded.",
        claim_lines=[line("J0256", 480, "JZ"), line("J0256", 10, "JW")],
    ),
    # neither JW nor JZ: medicare returns the claim; medicaid applies the JZ rules
    *case(
        "wastage_documented",
        "conflict",
        ("medicare",),
        "no-modifier-no-waste",
        claim_lines=[line("J0256", 480)],
    ),
    *case(
        "wastage_documented",
        "conflict",
        ("medicare",),
        "no-modifier-nothing-said",
        waste=None,
        claim_lines=[line("J0256", 480)],
    ),
    *case(
        "wastage_documented", "met", ("medicaid",), "no-modifier-no-waste", claim_lines=[line("J0256", 480)]
    ),
    *case(
        "wastage_documented",
        "missing",
        ("medicaid",),
        "no-modifier-nothing-said",
        waste=None,
        claim_lines=[line("J0256", 480)],
    ),
    *case(
        "wastage_documented",
        "conflict",
        ("medicaid",),
        "no-modifier-with-waste",
        waste="100 mg discarded.",
        claim_lines=[line("J0256", 480)],
    ),
    # commercial: waste not reimbursed
    *case(
        "wastage_documented",
        "conflict",
        ("commercial",),
        "JW-billed",
        waste="100 mg discarded.",
        claim_lines=[line("J0256", 480), line("J0256", 10, "JW")],
    ),
    *case(
        "wastage_documented",
        "met",
        ("commercial",),
        "no-modifier-waste-documented",
        waste="100 mg discarded.",
        claim_lines=[line("J0256", 480)],
    ),
    *case(
        "wastage_documented", "met", ("commercial",), "no-modifier-no-waste", claim_lines=[line("J0256", 480)]
    ),
    *case(
        "wastage_documented",
        "missing",
        ("commercial",),
        "no-modifier-nothing-said",
        waste=None,
        claim_lines=[line("J0256", 480)],
    ),
]


@pytest.mark.parametrize(("requirement", "expected", "profile", "changes"), CASES + UNITS_CASES + WASTE_CASES)
def test_requirement_status(checker, requirement, expected, profile, changes):
    report = checker.check(chart_for(profile, **changes))
    result = report.requirement(requirement)
    assert result.status == expected, result.message
    # remediation is there exactly for a gap, and a gap makes the report incomplete
    if expected in ("missing", "conflict"):
        assert result.remediation
        assert report.complete is False
    else:
        assert result.remediation is None


def test_every_requirement_and_status_is_covered():
    """The table holds every (requirement, profile) pair the profiles evaluate, with more than one status."""
    table = CASES + UNITS_CASES + WASTE_CASES
    seen: dict[tuple[str, str], set[str]] = {}
    for param in table:
        requirement, status, profile, _ = param.values
        seen.setdefault((requirement, profile), set()).add(status)
    for profile in PROFILES:
        for requirement in (*CONTRACT_REQUIREMENTS, *EXTRA_REQUIREMENTS[profile]):
            statuses = seen.get((requirement, profile), set())
            assert len(statuses) >= 2 or (requirement, profile) == ("prior_authorization", "medicare"), (
                requirement,
                profile,
                statuses,
            )
    assert seen[("wastage_documented", "medicare")] == {"met", "missing", "conflict"}
    assert seen[("code_selection", "medicaid")] == {"met", "missing", "conflict", "not_applicable"}
    assert seen[("units_match_dose", "commercial")] == {"met", "missing", "conflict", "not_applicable"}


# ----------------------------------------------------------------------------------------------------
# Weight nearest the date of service
# ----------------------------------------------------------------------------------------------------
def _two_weights(old_kg: int, recent_kg: int, recent_date: str = "2026-03-04") -> dict:
    chart = chart_for("medicare", weight=None)
    chart["documents"].append(
        {
            "id": "w-old",
            "type": "progress_note",
            "date": "2025-06-01",
            "text": f"Follow-up visit.\nWt {old_kg} kg\n",
        }
    )
    chart["documents"].append(
        {
            "id": "w-recent",
            "type": "progress_note",
            "date": recent_date,
            "text": f"Pre-infusion check.\nWt {recent_kg} kg\n",
        }
    )
    return chart


@pytest.mark.parametrize(
    ("old_kg", "recent_kg", "expected"),
    [
        (100, 80, "met"),  # 4800 mg = 60 x 80: the recent weight is used
        (80, 100, "conflict"),  # 4800 mg vs 60 x 100 = 6000: the old weight must not be used
    ],
)
def test_dose_uses_weight_nearest_date_of_service(checker, old_kg, recent_kg, expected):
    report = checker.check(_two_weights(old_kg, recent_kg))
    assert status_of(report, "dose_matches_weight") == expected
    weight = report.requirement("patient_weight")
    assert weight.status == "met"
    assert [e.document_id for e in weight.evidence] == ["w-recent"]
    assert f"{recent_kg}" in weight.evidence[0].text


def test_weight_nearest_date_of_service_when_recent_is_after_dos(checker):
    # 2026-03-10 is 6 days after the DOS; 2025-06-01 is 9 months before: the nearer one wins
    report = checker.check(_two_weights(100, 80, recent_date="2026-03-10"))
    assert [e.document_id for e in report.requirement("patient_weight").evidence] == ["w-recent"]
    assert status_of(report, "dose_matches_weight") == "met"


def test_date_of_service_defaults_to_latest_document_date(checker):
    chart = chart_for("medicare", exp="Exp: 2026-03-05")
    del chart["date_of_service"]
    chart["documents"][0]["date"] = "2026-03-02"
    chart["documents"][1]["date"] = "2026-03-06"
    report = checker.check(chart)
    assert str(report.date_of_service) == "2026-03-06"
    assert status_of(report, "expiration_date") == "conflict"


def test_an_earlier_infusion_record_documents_its_own_visit(checker):
    """Without a stated date of service the latest document decides; an infusion record dated earlier is
    another visit's administration: its dose, lot and expiration do not count for this one."""
    chart = chart_for("medicare")
    del chart["date_of_service"]
    chart["documents"][0]["date"] = "2026-03-06"
    report = checker.check(chart)
    assert str(report.date_of_service) == "2026-03-06"
    for requirement in ("dose_administered", "lot_number", "expiration_date", "infusion_times"):
        assert status_of(report, requirement) == "missing", requirement


# ----------------------------------------------------------------------------------------------------
# Report-level invariants
# ----------------------------------------------------------------------------------------------------
def _crlf_unicode(chart: dict) -> dict:
    """CRLF line ends, tabs and characters outside the BMP before every finding: offsets must still hold."""
    for document in chart["documents"]:
        document["text"] = "Pt: José Müller — α1 📋\r\n" + document["text"].replace("\n", "\r\n\t ")
    return chart


INVARIANT_CHARTS = [pytest.param(chart_for(profile), id=f"complete-{profile}") for profile in PROFILES] + [
    pytest.param(chart_for("medicare", dose=None, lot=None), id="gaps-medicare"),
    pytest.param(chart_for("commercial", fev1="FEV1 90% predicted.", pa=None), id="gaps-commercial"),
    pytest.param(chart_for("medicaid", claim_lines=NO_CLAIM, smoking=None), id="no-claim-medicaid"),
    pytest.param(make_chart("Seen today. Doing fine."), id="nothing-documented"),
    pytest.param(
        chart_for("medicare", product="Drug: Glassia", claim_lines=[line("J2252", 4800, "JZ")]),
        id="J2252-line",
    ),
    pytest.param(_crlf_unicode(chart_for("commercial")), id="crlf-and-non-ascii"),
]


def _corpus_charts() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "charts").glob("*.json"))]


def _check_invariants(report: Any, chart: dict, profile: str) -> None:
    ids = [r.id for r in report.requirements]
    assert len(ids) == len(set(ids))
    assert set(CONTRACT_REQUIREMENTS) <= set(ids)
    assert set(ids) == set(CONTRACT_REQUIREMENTS) | set(EXTRA_REQUIREMENTS[profile])
    assert report.complete == (not any(r.status in ("missing", "conflict") for r in report.requirements))
    texts = {d["id"]: d["text"] for d in chart["documents"]}
    for r in report.requirements:
        assert r.status in ("met", "missing", "conflict", "not_applicable")
        assert (r.remediation is not None and r.remediation.strip() != "") == (
            r.status in ("missing", "conflict")
        ), r
        for e in r.evidence:
            assert texts[e.document_id][e.start : e.end] == e.text, (r.id, e)
    for f in report.findings:
        assert texts[f.document_id][f.start : f.end] == f.text, f


@pytest.mark.parametrize("chart", INVARIANT_CHARTS)
def test_report_invariants(checker, chart):
    report = checker.check(chart)
    _check_invariants(report, chart, chart["payer"]["profile"])
    assert report.findings or chart["documents"][0]["text"].startswith("Seen today")
    assert report.schema_version == 1
    assert report.hcpcs == "J2252"
    assert report.chart_id == chart["chart_id"]


def test_report_invariants_over_corpus_samples(checker):
    charts = _corpus_charts()
    assert charts
    reports = list(checker.check_many(charts))
    assert [r.chart_id for r in reports] == [c["chart_id"] for c in charts]
    for chart, report in zip(charts, reports, strict=True):
        profile = (chart.get("payer") or {}).get("profile", "medicare")
        assert report.profile == profile
        _check_invariants(report, chart, profile)
    # the corpus holds both outcomes, so `complete` is exercised both ways
    assert {r.complete for r in reports} == {True, False}


@pytest.mark.parametrize("profile", PROFILES)
def test_profile_argument_overrides_chart(checker, profile):
    report = checker.check(chart_for("medicare", pa=None), profile=profile)
    assert report.profile == profile
    _check_invariants(report, chart_for("medicare"), profile)
    expected = "not_applicable" if profile == "medicare" else "missing"
    assert status_of(report, "prior_authorization") == expected


def test_unknown_profile_is_an_input_error(checker):
    from nlp_checker.errors import InputError

    with pytest.raises(InputError, match="unknown"):
        checker.check(chart_for("tricare"))


def test_evidence_points_at_the_documented_values(checker):
    chart = chart_for("medicare")
    report = checker.check(chart)
    serum = report.requirement("serum_aat_level")
    assert [e.text for e in serum.evidence] == ["AAT level 28 mg/dL"]
    assert serum.evidence[0].document_id == "d1"
    dose = report.requirement("dose_administered")
    assert dose.evidence[0].document_id == "d2"
    assert "4800" in dose.evidence[0].text
    times = report.requirement("infusion_times")
    assert len(times.evidence) == 2


@pytest.mark.parametrize(
    ("claim_lines", "midazolam"),
    [
        pytest.param([line("J2252", 4800, "JZ")], True, id="J2252"),
        pytest.param([line("J0256", 480, "JZ")], False, id="J0256"),
        pytest.param(NO_CLAIM, False, id="no-claim"),
    ],
)
def test_midazolam_note_only_on_J2252_lines(checker, claim_lines, midazolam):
    report = checker.check(chart_for("medicare", claim_lines=claim_lines))
    assert any("midazolam" in note.lower() for note in report.notes) is midazolam


def test_J0222_line_carries_patisiran_note(checker):
    report = checker.check(chart_for("medicare", claim_lines=[line("J0222", 48000, "JZ")]))
    assert any("patisiran" in note.lower() for note in report.notes)
    assert status_of(report, "code_selection") == "conflict"
    assert report.complete is False


def test_historical_weight_is_still_the_patients(checker):
    report = checker.check(chart_for("medicare", weight="Weight 80 kg in 2024."))
    assert status_of(report, "patient_weight") == "met"


def test_report_serializes_to_contract_json(checker):
    data = json.loads(checker.check(chart_for("medicaid")).model_dump_json())
    for key in ("schema_version", "chart_id", "hcpcs", "profile", "complete", "requirements", "findings"):
        assert key in data
    for r in data["requirements"]:
        assert set(r) >= {"id", "status", "message", "remediation", "evidence"}
    serum = next(f for f in data["findings"] if f["kind"] == "serum_aat")
    assert (serum["value"], serum["unit"]) == (28, "mg/dL")
    assert set(serum["assertion"]) == {"negated", "historical", "hypothetical", "family", "uncertain"}


def test_crlf_and_non_ascii_text_still_complete(checker):
    report = checker.check(_crlf_unicode(chart_for("commercial")))
    assert report.complete is True, {r.id: r.message for r in report.requirements if r.status != "met"}
    dose = report.requirement("dose_administered").evidence[0]
    assert dose.text == "Dose given: 4800 mg"
