"""Wording families from blind charts b6/b7: smoking status phrasings that name something else, and
response-to-therapy phrasings ("continues to do well on augmentation")."""

from __future__ import annotations

import pytest

from nlp_checker import Checker


def _affirmed(checker: Checker, text: str, kind: str) -> set[object]:
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "progress_note", "text": text}]}
    return {f.value for f in checker.extract(chart) if f.kind == kind and f.assertion.affirmed}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smoking status: Former\nSmokeless tobacco: Never\n", {"former"}),
        ("Tobacco: former, quit 2011. Chewing tobacco: never.\n", {"former"}),
        ("Documentation of current smoking status was not submitted.\n", set()),
        ("He has been a non-smoker since 2018.\n", {"former"}),
        ("Non-smoker for 12 years.\n", {"former"}),
        ("Lifelong non-smoker.\n", {"never"}),
        ("Current every day smoker, 5 cigarettes/day.\n", {"current"}),
    ],
)
def test_smoking_status_wording(checker: Checker, text: str, expected: set[object]) -> None:
    assert _affirmed(checker, text, "smoking_status") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He continues to do well on augmentation.",
        "She does well on Zemaira with no exacerbations.",
        "No exacerbations at all in 2025 on weekly infusions.",
        "Doing very well on Prolastin-C.",
    ],
)
def test_response_wording(checker: Checker, text: str) -> None:
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "progress_note", "text": text + "\n"}]}
    assert any(f.kind == "response_to_therapy" and f.assertion.affirmed for f in checker.extract(chart))


@pytest.mark.parametrize(
    "text",
    [
        "Consultation regarding his COPD and the question of alpha-1 antitrypsin deficiency.",
        "Pulmonology recommended testing for alpha-1 antitrypsin deficiency during the admission.",
        "Referred for evaluation for AATD given early emphysema.",
        "Had he been PI*ZZ with a low level, augmentation would be indicated.",
        "Patient education on AATD provided (handout below).",
        "ALPHA-1-ANTITRYPSIN DEFICIENCY PROFILE",
        "His younger brother (age 45) was diagnosed this spring with PI*ZZ alpha-1 antitrypsin deficiency.",
    ],
)
def test_mentions_that_are_not_the_patients_diagnosis(checker: Checker, text: str) -> None:
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "progress_note", "text": text + "\n"}]}
    affirmed = [
        f.kind
        for f in checker.extract(chart)
        if f.kind in ("aatd_diagnosis", "genotype") and f.assertion.affirmed
    ]
    assert affirmed == []


def test_the_patients_own_diagnosis_beside_a_relatives_stays_affirmed(checker: Checker) -> None:
    text = "Alpha-1 antitrypsin deficiency, PI*ZZ, diagnosed 2019. Sister tested PI*MZ.\n"
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "progress_note", "text": text}]}
    found = [(f.kind, f.assertion.affirmed) for f in checker.extract(chart) if f.kind == "aatd_diagnosis"]
    assert found == [("aatd_diagnosis", True)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("patient weighs eighty point one kilograms today", "weight", 80.1),
        ("weight is one hundred seventy six pounds", "weight", 176),
        ("fev one is forty five percent predicted", "fev1", 45),
        ("serum alpha one antitrypsin level was twenty two milligrams per deciliter", "serum_aat", 22),
    ],
)
def test_dictated_numbers(checker: Checker, text: str, kind: str, value: float) -> None:
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "progress_note", "text": text + "\n"}]}
    assert [f.value for f in checker.extract(chart) if f.kind == kind] == [value]


@pytest.mark.parametrize(
    ("text", "value", "quoted"),
    [
        ("zemaira four point eight grams iv given", 4800, "four point eight grams"),
        ("prolastin c forty eight hundred milligrams given", 4800, "forty eight hundred milligrams"),
    ],
)
def test_a_dictated_dose_is_read_and_quoted_as_spoken(
    checker: Checker, text: str, value: int, quoted: str
) -> None:
    chart = {
        "chart_id": "t",
        "documents": [{"id": "d1", "type": "infusion_record", "text": text + "\n"}],
    }
    doses = [(f.value, f.text) for f in checker.extract(chart) if f.kind == "dose"]
    assert doses == [(value, quoted)]


def test_a_spoken_year_is_not_a_number() -> None:
    from nlp_checker.markup import plain_text
    from nlp_checker.rules import default_bundle

    text = "she is a former smoker quit in two thousand ten\n"
    assert plain_text(text, default_bundle().settings.markup) == text


@pytest.mark.parametrize(
    "text",
    [
        "AATD PI*ZZ - stable under augmentation, tolerating infusions.",
        "Augmentation x 2 yrs: exacerbation rate down from 4/yr to 1/yr.",
        "Since transfer: no exacerbations, reports better stamina climbing stairs.",
    ],
)
def test_more_response_wording(checker: Checker, text: str) -> None:
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "progress_note", "text": text + "\n"}]}
    assert any(f.kind == "response_to_therapy" and f.assertion.affirmed for f in checker.extract(chart))


def test_a_new_reported_finding_ends_a_negation(checker: Checker) -> None:
    text = "Denies fever, reports productive cough and wheeze; emphysema on CT.\n"
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "progress_note", "text": text}]}
    assert [f.assertion.negated for f in checker.extract(chart) if f.kind == "lung_disease"] == [False]


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("Weight 12 st 8 lb (80.1 kg)", "weight", [80.1]),
        ("Ht/Wt: 175 cm / 80.1 kg", "weight", [80.1]),
        ("| Weight | 80.1 | kg |", "weight", [80.1]),
        ("Body mass: 80.1 kg", "weight", [80.1]),
        ("Weight 80.1 (kg)", "weight", [80.1]),
        ("FEV1 1.32 (45% predicted)", "fev1", [45]),
        ("FEV1 45% (pre), 48% (post)", "fev1", [45, 48]),
    ],
)
def test_value_forms(checker: Checker, text: str, kind: str, values: list[float]) -> None:
    chart = {
        "chart_id": "t",
        "documents": [{"id": "d1", "type": "progress_note", "text": f"Visit.\n{text}\n"}],
    }
    assert [f.value for f in checker.extract(chart) if f.kind == kind] == values


def test_a_regimen_every_seven_days_is_not_todays_dose(checker: Checker) -> None:
    text = "Medications: Aralast NP 5,000 mg IV every 7 days; albuterol PRN.\n"
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "infusion_record", "text": text}]}
    assert [f for f in checker.extract(chart) if f.kind == "dose"] == []


@pytest.mark.parametrize(
    ("text", "affirmed"),
    [
        ("Options discussed: Prolastin-C, Aralast NP, Zemaira or Glassia.", []),
        ("Prolastin-C is the plan's preferred brand.", []),
        ("Request for Glassia pending with the plan.", []),
        ("Continue Glassia 60 mg/kg IV weekly.", ["Glassia"]),
        ("Zemaira 5,000 mg given today; Prolastin-C and Aralast NP were not tolerated before.", ["Zemaira"]),
    ],
)
def test_products_named_as_options_are_not_the_patients(
    checker: Checker, text: str, affirmed: list[str]
) -> None:
    chart = {
        "chart_id": "t",
        "documents": [{"id": "d1", "type": "progress_note", "text": f"Visit.\n{text}\n"}],
    }
    found = [f.value for f in checker.extract(chart) if f.kind == "drug_product" and f.assertion.affirmed]
    if affirmed:
        assert set(affirmed) <= set(found)
    else:
        assert found == []
