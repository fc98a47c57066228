"""Families found on blind chart batches b10, b16 and b17 (templates x fillers, not their strings).

A spirometry comparison table turned on its side (one row per measure, one column per visit or per pre/post
condition); a results-review list whose test names carry a free-text description before the column gap;
dictated measure names ("F E V one") and spoken numbers that run into each other ("one two point one
liters") or drop the hundred ("one sixty eight pounds").
"""

from __future__ import annotations

import itertools

import pytest

from nlp_checker import Checker
from nlp_checker.document.analyze import analyze_fields
from tests.conftest import make_chart


def _affirmed(checker: Checker, text: str, kind: str) -> set[object]:
    chart = make_chart(text, date_of_service="2026-03-17")
    return {f.value for f in checker.extract(chart) if f.kind == kind and f.assertion.affirmed}


ROW_LABELS = ["FEV1 % pred", "FEV1 (% predicted)", "FEV1 %pred", "FEV1 percent predicted", "FEV-1 % pred"]
COLUMNS = [
    ("03/17/2026", "01/14/2025", "01/09/2024"),
    ("Pre", "Post", "Change"),
    ("2026-03-17", "2025-03-04", "2024-02-27"),
]


@pytest.mark.parametrize(("label", "columns"), list(itertools.product(ROW_LABELS, COLUMNS)))
def test_a_measure_per_row_table_gives_every_fev1_percent_predicted(
    checker: Checker, label: str, columns: tuple[str, str, str]
) -> None:
    header = " " * 26 + "".join(f"{c:>13}" for c in columns)
    rows = [
        ("FEV1 (L)", ("1.33", "1.35", "1.38")),
        (label, ("42", "44", "47")),
        ("FVC % pred", ("76", "77", "78")),
        ("FEV1/FVC (%)", ("41", "42", "43")),
    ]
    body = "\n".join(f"  {name:<24}" + "".join(f"{v:>13}" for v in values) for name, values in rows)
    text = f"Spirometry (ATS/ERS acceptable)\n{header}\n{body}\nInterpretation: severe obstruction.\n"
    assert _affirmed(checker, text, "fev1") == {42, 44, 47}


@pytest.mark.parametrize("label", ["FEV1 (L)", "FVC % pred", "FEV1/FVC % pred", "DLCO % pred"])
def test_other_rows_of_the_table_give_no_fev1_percent(checker: Checker, label: str) -> None:
    header = " " * 26 + "".join(f"{c:>13}" for c in COLUMNS[0])
    text = f"Spirometry\n{header}\n  {label:<24}" + "".join(f"{v:>13}" for v in ("52", "54", "57")) + "\n"
    assert _affirmed(checker, text, "fev1") == set()


NAMES = ["Alpha-1 antitrypsin", "AAT", "A1AT, serum", "Alpha-1-antitrypsin"]
DESCRIPTIONS = [
    ", serum - Mayo, collected 03/18/2014, before therapy",
    ", trough on Zemaira - 11/04/2025",
    " (send-out; drawn before augmentation)",
    " - ARUP, nephelometry, baseline",
]
RESULTS = [("24 mg/dL   (ref 100-190)  L", 24), ("5.1 umol/L  L", 5.1), ("0.41 g/L   (0.9-2.0)", 0.41)]


@pytest.mark.parametrize(
    ("name", "description", "result"), list(itertools.product(NAMES, DESCRIPTIONS, RESULTS))
)
def test_a_described_test_name_then_a_column_gap_gives_the_result(
    checker: Checker, name: str, description: str, result: tuple[str, float]
) -> None:
    written, value = result
    text = f"Labs (reviewed)\n  {name}{description}      {written}\n  IgA, serum   212 mg/dL\n"
    assert _affirmed(checker, text, "serum_aat") == {value}


@pytest.mark.parametrize(
    "description",
    [", brother Per - 2015", " - reference range for adults", "_unit", " target on therapy", ", if below"],
)
def test_a_description_naming_someone_else_a_range_or_a_code_gives_no_result(description: str) -> None:
    text = f"Labs\n  Alpha-1 antitrypsin{description}      21 mg/dL\n"
    assert [f.value for f in analyze_fields(text, "2026-03-17", "2026-03-17") if f.kind == "serum_aat"] == []


def test_a_described_result_needs_its_unit_written(checker: Checker) -> None:
    text = "Labs\n  Alpha-1 antitrypsin, trough on Zemaira - 11/04/2025      68   L\n"
    assert _affirmed(checker, text, "serum_aat") == set()


FEV1_NAMES = ["F E V one", "F.E.V.1", "FEV one", "FEV-1", "f e v 1"]
PERCENTS = [
    ("sixty one percent predicted", 61),
    ("forty four percent of predicted", 44),
    ("58% predicted", 58),
]


@pytest.mark.parametrize(("name", "percent"), list(itertools.product(FEV1_NAMES, PERCENTS)))
def test_dictated_fev1_names_and_spoken_percents(
    checker: Checker, name: str, percent: tuple[str, int]
) -> None:
    words, value = percent
    text = f"DATA: Spirometry today: {name} two point one liters, {words}, ratio fifty five.\n"
    assert _affirmed(checker, text, "fev1") == {value}


@pytest.mark.parametrize("name", FEV1_NAMES)
@pytest.mark.parametrize(
    "ratio", ["f v c ratio forty six percent", "FVC ratio 46%", "/FVC 46%", "to FVC 46 %"]
)
def test_the_fev1_to_fvc_ratio_is_not_fev1_percent_predicted(checker: Checker, name: str, ratio: str) -> None:
    text = f"Spirometry today. {name} {ratio}. Lungs clear.\n"
    assert _affirmed(checker, text, "fev1") == set()


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("weight one sixty eight pounds", 168),
        ("FEV one two point one liters, weight seventy point two kilograms", 70.2),
        ("weight eighty point one kilograms", 80.1),
        ("weight one hundred and five kilograms", 105.0),
        ("weight seventy seventy one kilograms", 71.0),
    ],
)
def test_spoken_numbers_read_as_one_number_or_the_last_one(
    checker: Checker, spoken: str, expected: float
) -> None:
    values = _affirmed(checker, f"Vitals today: {spoken}.\n", "weight")
    assert values == {expected}


SUBJECT_WORDINGS = [
    "I weighed her at 10:33 on the standing scale and she was {w}.",
    "Box came. Is his dose still 4,500? He was {w} this morning.",
    "On the chair scale the patient weighs {w} today.",
    "Pt weighed {w} on arrival, shoes off.",
]
WEIGHTS = [("58.1 kg", 58.1), ("163.5 lb", 163.5), ("71 kg", 71)]


@pytest.mark.parametrize(("wording", "weight"), list(itertools.product(SUBJECT_WORDINGS, WEIGHTS)))
def test_a_weight_after_a_person_and_a_copula_or_a_weighing_verb(
    checker: Checker, wording: str, weight: tuple[str, float]
) -> None:
    assert _affirmed(checker, wording.format(w=weight[0]), "weight") == {weight[1]}


def test_an_earlier_weight_is_dated_before_the_visit(checker: Checker) -> None:
    text = "The standing dose of 4,500 mg was set in 2024 when she weighed 75 kg."
    chart = make_chart(text, date_of_service="2026-03-17")
    weights = [f for f in checker.extract(chart) if f.kind == "weight"]
    assert all(f.date is not None and f.date.year == 2024 for f in weights)


@pytest.mark.parametrize(
    "wording", ["Her daughter weighs {w}.", "If he weighs {w} or less the dose will be recalculated."]
)
def test_anothers_or_a_hypothetical_weight_is_not_the_patients(checker: Checker, wording: str) -> None:
    assert _affirmed(checker, wording.format(w="75 kg"), "weight") == set()
