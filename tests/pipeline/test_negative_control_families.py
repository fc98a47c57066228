"""Charts that must not be read as an A1PI administration or an AATD diagnosis (found on blind batches b20 and
b21 and on earlier batches' negative controls): another product's infusion record in a chart that mentions
augmentation, a response stated about another product, a chart that says AATD is excluded, a code
descriptor naming a product."""

from __future__ import annotations

import itertools
from functools import cache

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart


@cache
def _checker() -> Checker:
    """One checker for the module: building one costs a third of a second."""
    return Checker()


DOS = "2026-04-16"
OTHER_PRODUCTS = [
    ("Immune globulin IV (human) 10 %  GAMMAGARD LIQUID", "32.5 g (325 mL)"),
    ("IVIG - Privigen 10 %", "35 g (350 mL)"),
    ("Iron sucrose (Venofer) 200 mg/10 mL", "200 mg"),
]
MENTIONS = [
    "Augmentation therapy NOT indicated; no plan to start.",
    "Brother has PI*ZZ AATD and is on Prolastin-C.",
]


def _statuses(chart: dict) -> dict[str, str]:
    return {r.id: r.status for r in _checker().check(chart).requirements}


@pytest.mark.parametrize(("product", "mention"), list(itertools.product(OTHER_PRODUCTS, MENTIONS)))
def test_another_products_infusion_record_is_no_a1pi_administration(
    product: tuple[str, str], mention: str
) -> None:
    name, amount = product
    record = (
        "INFUSION ADMINISTRATION SUMMARY\n"
        f"Medication: {name}\n"
        "Weight 81.0 kg\n"
        f"Dose given: {amount}\n"
        "Start 09:12     End 12:40\n"
        "Waste: 0 - all vials used, JZ\n"
        "Lot LE12P044AB  exp 2027-01-31\n"
    )
    note = f"Immunology follow-up. COPD. AAT 98 mg/dL, PI*MZ carrier.\n{mention}\n"
    chart = make_chart(record, note, date_of_service=DOS, types=["infusion_record", "progress_note"])
    statuses = _statuses(chart)
    for requirement in ("dose_administered", "infusion_times", "wastage_documented", "lot_number"):
        assert statuses[requirement] == "missing", requirement


def test_an_unnamed_infusion_record_of_an_a1pi_chart_is_still_the_a1pi_administration() -> None:
    record = "INFUSION RECORD\nWeight 81.0 kg\nDose given: 4,860 mg\nStart 09:12     End 09:40\n"
    note = "AATD PI*ZZ on weekly Zemaira augmentation.\n"
    chart = make_chart(record, note, date_of_service=DOS, types=["infusion_record", "progress_note"])
    assert _statuses(chart)["dose_administered"] == "met"


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("2 sinus infections in the past 12 months vs 6/year before IVIG.", False),
        ("Fewer infections since starting Gammagard; tolerating it well.", False),
        ("2 exacerbations in the past 12 months vs 6/year before augmentation.", True),
        ("Since starting the weekly Zemaira infusions he can climb 2 flights without stopping.", True),
    ],
)
def test_a_response_counts_only_for_the_a1pi_product(sentence: str, kept: bool) -> None:
    chart = make_chart(f"Interval: {sentence}\n", date_of_service=DOS)
    found = [
        f for f in _checker().extract(chart) if f.kind == "response_to_therapy" and not f.assertion.negated
    ]
    assert bool(found) is kept


EXCLUSIONS = [
    "Alpha-1 antitrypsin deficiency excluded - heterozygous MZ carrier only.",
    "AATD ruled out (AAT 142 mg/dL, negative for S and Z).",
    "He does NOT have severe alpha-1 antitrypsin deficiency.",
    "Interpretation: alpha-1 antitrypsin deficiency not demonstrated.",
    "Not consistent with alpha-1 antitrypsin deficiency.",
]
OTHER_MENTIONS = [
    "Referred to the Alpha-1 Antitrypsin Deficiency Programme.",
    "Screened for AATD because of COPD at 52.",
]


@pytest.mark.parametrize(("exclusion", "mention"), list(itertools.product(EXCLUSIONS, OTHER_MENTIONS)))
def test_a_chart_that_excludes_aatd_has_no_aatd_diagnosis(exclusion: str, mention: str) -> None:
    chart = make_chart(f"{mention}\n", f"Assessment: {exclusion}\n", date_of_service=DOS)
    assert _statuses(chart)["aatd_diagnosis"] == "missing"


@pytest.mark.parametrize(
    "relative",
    [
        "His son does not have alpha-1 antitrypsin deficiency (PI*MM).",
        "Sister tested: AATD ruled out.",
    ],
)
def test_a_relatives_exclusion_leaves_the_patients_diagnosis(relative: str) -> None:
    chart = make_chart(
        f"Alpha-1 antitrypsin deficiency, PI*ZZ, on Zemaira.\n{relative}\n", date_of_service=DOS
    )
    assert _statuses(chart)["aatd_diagnosis"] == "met"


@pytest.mark.parametrize("product", ["Glassia", "Zemaira", "Prolastin-C"])
def test_a_code_descriptor_does_not_document_a_product(product: str) -> None:
    text = f'CHARGE MISMATCH: NDC is linked to HCPCS J0257 (descriptor "{product} injection, 10 mg").\n'
    found = _checker().extract(make_chart(text, date_of_service=DOS))
    affirmed = [f for f in found if f.kind == "drug_product" and not any(f.assertion.model_dump().values())]
    assert not affirmed


@pytest.mark.parametrize(("billed", "status"), [("J0256", "conflict"), ("J0257", "met")])
def test_code_selection_follows_the_product_of_the_dose_document(billed: str, status: str) -> None:
    record = "INFUSION RECORD\nMedication Name: A1PI - Glassia\nDose given: 4,200 mg IV\n"
    letter = "Plan policy MP-RX-117 lists Prolastin-C (J0256) as the preferred product; Glassia was denied.\n"
    chart = make_chart(
        record,
        letter,
        date_of_service=DOS,
        types=["infusion_record", "other"],
        claim_lines=[{"hcpcs": billed, "units": 420, "modifiers": []}],
    )
    assert _statuses(chart)["code_selection"] == status


def test_a_negated_mention_names_the_statement_that_excludes_aatd() -> None:
    chart = make_chart("Referred to the Alpha-1 Antitrypsin Deficiency Programme.\n", "AATD ruled out.\n")
    found = [f for f in _checker().extract(chart) if f.kind == "aatd_diagnosis"]
    assert found and all(f.assertion.negated for f in found)
    assert all(f.reason and f.reason["chart_excludes"] == "AATD ruled out" for f in found)
