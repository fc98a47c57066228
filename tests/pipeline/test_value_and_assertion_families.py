"""Families of wording found on blind charts b5, b8, b10, b12, b13 and b14 (templates x fillers).

Weights written with ounces, a time before the value, in a weight log or listed after another weight; earlier
FEV1 values compared after the current one and FEV1 criteria written as a range; serum levels with a date
between name and value or a clause-opening "level"; zygosity that belongs to another sentence; coded option
legends; general-population statements, other patients and plans to start; authorization numbers among a
payer's criteria; response statements next to unrelated negations.
"""

from __future__ import annotations

import itertools

import pytest

from nlp_checker import Checker
from tests.conftest import make_chart


def _affirmed(checker: Checker, text: str, kind: str) -> set[object]:
    chart = make_chart(text, date_of_service="2026-03-17")
    found = [f for f in checker.extract(chart) if f.kind == kind and f.assertion.affirmed]
    return {tuple(f.alleles) if f.alleles else f.value for f in found}


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("BP 118/72   Wt {lb} lb {oz} oz ({kg} kg)   Ht 5' 7\"", {"kg"}),
        ("Weight .......... 09:42:10   {kg} kg (agency scale)", {"kg"}),
        ("Arrival 09.05. Weighed 09.08: {kg} kg. Vitals 09.10: BP 132/84", {"kg"}),
        ("Prior weight 01/27/26..{kg} kg", {"kg"}),
        ("- Weight {kg} kg on admission (bed scale); {kg2} kg at discharge", {"kg", "kg2"}),
        ("@0847 wt {kg} kg standing scale (last wk {kg2} kg). VS T 36.5", {"kg", "kg2"}),
        ("weight {kg} kg ({kg2} kg in 06/2025). Breath sounds clear.", {"kg", "kg2"}),
        ("Wt {kg} kg - was {kg2} kg 10/25", {"kg", "kg2"}),
    ],
)
@pytest.mark.parametrize(("lb", "oz", "kg", "kg2"), [(134, 8, 61.0, 62.4), (176, 3, 79.9, 81.2)])
def test_weight_wordings(
    checker: Checker, template: str, expected: set[str], lb: int, oz: int, kg: float, kg2: float
) -> None:
    text = template.format(lb=lb, oz=oz, kg=kg, kg2=kg2)
    assert _affirmed(checker, text, "weight") == {{"kg": kg, "kg2": kg2}[name] for name in expected}


@pytest.mark.parametrize("unit", ["lb", "kg"])
@pytest.mark.parametrize("heading", ["WEIGHT LOG (standing scale, a.m.)", "Weights", "Wt history"])
def test_a_weight_log_gives_each_dated_row(checker: Checker, unit: str, heading: str) -> None:
    rows = [("02/01/2026", 143.0), ("03/01/2026", 141.2), ("03/15/2026", 140.6)]
    text = heading + "\n" + "".join(f"  {date}   {value} {unit}   TD\n" for date, value in rows)
    text += "\nMAR NOTES\n  3/06 0900 tiotropium refused.\n"
    found = _affirmed(checker, text, "weight")
    assert found == {value for _, value in rows}


@pytest.mark.parametrize(
    ("template", "values"),
    [
        ("FEV1 {a}% pred (stable vs {b}% 11/2025).", {"a", "b"}),
        ("FEV1 1.92 L ({a}% predicted), FEV1/FVC 0.52, DLCO 61%. Stable vs 10/2025 ({b}%).", {"a", "b"}),
        ("Spirometry: FEV1 {a}% predicted (post-BD), FEV1/FVC 0.43 - stable ({b}% 03/2025).", {"a", "b"}),
        ("FEV1 11/2024 was 1.01 L ({b}%).", {"b"}),
        (" 4. Emphysema with post-bronchodilator FEV1 {a}% to {b}% predicted.", set()),
        ("FEV1 stable at {a}% predicted (was {b}% in 2025).", {"a", "b"}),
        ("PFT 01/28/2025: FEV1 pre 2.21 L ({a}% pred), post 2.33 L ({b}% pred); FVC post 4.98 L", {"a", "b"}),
        ("Spirometry: FEV1 2.01 L, {a} % predicted, post-BD {b} %; FEV1/FVC 0.58, DLCO 61%.", {"a", "b"}),
    ],
)
@pytest.mark.parametrize(("a", "b"), [(41, 42), (53, 54), (30, 38)])
def test_fev1_comparisons_and_criteria(
    checker: Checker, template: str, values: set[str], a: int, b: int
) -> None:
    text = template.format(a=a, b=b)
    assert _affirmed(checker, text, "fev1") == {{"a": a, "b": b}[name] for name in values}


@pytest.mark.parametrize(
    "template",
    [
        "- Trough AAT on augmentation 09/2025: {value} {unit} (drawn before the weekly dose)",
        "- Serum AAT at diagnosis (2020): {value} {unit} (ref 20-48).",
        "AATD: 76 y/o M PiZZ by IEF, serum alpha-1 {value} {unit}.",
        "alpha-1 antitrypsin deficiency, PI*ZZ (IEF phenotype 2019, level {value} {unit})",
    ],
)
@pytest.mark.parametrize(("value", "unit", "normalized"), [(24, "mg/dL", "mg/dL"), (5.2, "umol/L", "uM")])
def test_serum_level_wordings(
    checker: Checker, template: str, value: float, unit: str, normalized: str
) -> None:
    chart = make_chart(template.format(value=value, unit=unit), date_of_service="2026-03-17")
    found = {
        (f.value, f.unit) for f in checker.extract(chart) if f.kind == "serum_aat" and f.assertion.affirmed
    }
    assert found == {(value, normalized)}


@pytest.mark.parametrize("other", ["S", "M"])
@pytest.mark.parametrize("wrap", [" ", "\n  "])
def test_zygosity_belongs_to_its_own_sentence(checker: Checker, other: str, wrap: str) -> None:
    text = f"SERPINA1 genotyping: homozygous Z. {other} allele not{wrap}detected."
    assert (other, other) not in _affirmed(checker, text, "genotype")


@pytest.mark.parametrize(
    ("legend", "kind"),
    [
        ("B1  GEN_PITYPE ..... [4]   1=PI*ZZ 2=PI*SZ 3=PI*MZ 4=PI*Z/Null 5=PI*Null/Null", "genotype"),
        (
            "E2  AUG_PROD ....... [2]   1=Prolastin-C 2=Prolastin-C Liquid 3=Aralast NP 4=Zemaira",
            "drug_product",
        ),
        ("Products on formulary: Prolastin-C, Aralast NP, Zemaira or Glassia.", "drug_product"),
    ],
)
def test_coded_legends_and_lists_are_options(checker: Checker, legend: str, kind: str) -> None:
    assert _affirmed(checker, legend, kind) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "PiMS individuals are not considered at increased risk of lung disease.",
        "Severe deficiency (PiZZ, Pi(null,null)) typically produces levels below 57 mg/dL.",
        "A ZZ phenotype would be expected to show a much lower level.",
        "Her level is lower than PI*ZZ patients.",
    ],
)
def test_general_population_statements_are_not_the_patients_genotype(checker: Checker, sentence: str) -> None:
    text = f"Interpretation: heterozygous carrier. {sentence}"
    assert _affirmed(checker, text, "genotype") & {("Z", "Z"), ("NULL", "NULL"), ("M", "S")} == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "FYI unrelated - bed 6 {product} is delayed ~30 min, waiting on pharmacy.",
        "Unrelated: bed 4 (different pt) {product} is delayed, waiting on their auth.",
        "Plan: pulmonology f/u to START augmentation therapy (e.g. {product} 60 mg/kg IV weekly).",
        "We plan to start {product} next month once authorized.",
        "TREATMENT PLAN - ALPHA-1 AUGMENTATION ({product}) - NEW START",
    ],
)
@pytest.mark.parametrize("product", ["Glassia", "Zemaira", "Aralast NP"])
def test_products_that_are_not_this_patients_therapy(checker: Checker, sentence: str, product: str) -> None:
    assert _affirmed(checker, sentence.format(product=product), "drug_product") == set()


@pytest.mark.parametrize("number", ["20260311-4471", "PA-UHC-88317520"])
def test_an_authorization_number_among_criteria_is_the_patients(checker: Checker, number: str) -> None:
    text = (
        "Summary:\n"
        "- Plan criteria reviewed (MCO policy RX-112): serum AAT < 11 umol/L; emphysema; non-smoker.\n"
        f"- Medicaid PA {number} APPROVED 03/11/2026, valid 03/18/2026 - 03/17/2027.\n"
    )
    assert _affirmed(checker, text, "prior_authorization") == {number}


@pytest.mark.parametrize(
    "text",
    [
        "Breathing about the same; she has not needed steroids or antibiotics since starting and she is "
        "tolerating the infusions without problem.",
        "1. AATD with emphysema - stable on augmentation: lung function unchanged, exacerbation-free.",
        "No ED visits this year; doing well on Zemaira weekly.",
    ],
)
def test_a_response_survives_unrelated_negations(checker: Checker, text: str) -> None:
    assert _affirmed(checker, text, "response_to_therapy") == {None}


@pytest.mark.parametrize(
    "text",
    [
        "No clear response to augmentation so far.",
        "He is not responding to augmentation.",
        "Clinically stable, without clear benefit from augmentation.",
    ],
)
def test_a_stated_lack_of_response_is_not_a_response(checker: Checker, text: str) -> None:
    assert _affirmed(checker, text, "response_to_therapy") == set()


@pytest.mark.parametrize(
    ("written", "product"),
    itertools.product(["PROLASTIN-C LIQ", "Prolastin-C Liq.", "prolastin c liquid"], ["Prolastin-C Liquid"]),
)
def test_product_abbreviations(checker: Checker, written: str, product: str) -> None:
    text = f"DRUG: ALPHA1-PI HUMAN ({written}) 50 MG/ML\nPROLASTIN DIRECT patient support enrolled."
    assert _affirmed(checker, text, "drug_product") == {product}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is a non-smoker.", {"never"}),
        ("Ex-smoker, quit 2004 (30 pack-years). Non-smoker since.", {"former"}),
        ("Former smoker. Insurance requires that she remain a non smoker, and she does.", {"former"}),
        (
            "He still smokes half a pack a day; approval requires him to be a nonsmoker at renewal.",
            {"current"},
        ),
    ],
)
def test_non_smoker_wording(checker: Checker, text: str, expected: set[str]) -> None:
    assert _affirmed(checker, text, "smoking_status") == expected
