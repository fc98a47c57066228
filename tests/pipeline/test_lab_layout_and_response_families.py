"""Serum levels in lab layouts the corpus lacked and responses worded around "since starting" (found on the
development blind batches b5, b6, b8, b15 and b19): the result columns before the test's name, an interface
row that opens with the LOINC code, a patient summary's value a line or two below the test, an outcome that
follows "since starting therapy", a measure compared with before treatment."""

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


def _serum(text: str) -> set[tuple[float, str]]:
    found = _checker().extract(make_chart(text))
    return {(f.value, f.unit) for f in found if f.kind == "serum_aat"}


@pytest.mark.parametrize(
    ("unit", "name"),
    list(
        itertools.product(["mg/dL", "umol/L"], ["ALPHA-1-ANTITRYPSIN, SERUM", "A1AT", "Alpha 1 antitrypsin"])
    ),
)
def test_result_columns_before_the_test_name(unit: str, name: str) -> None:
    text = (
        " FLAG | UNITS  | RESULT   | TEST                                 | REFERENCE  | SITE\n"
        "------+--------+----------+--------------------------------------+------------+-----\n"
        f"  L   | {unit:<6} | 34       | {name:<36} | 100-190    | PN\n"
        "      | mg/L   | 3.2      | C-REACTIVE PROTEIN, SERUM            | <8.0       | PN\n"
    )
    assert _serum(text) == {(34, {"mg/dL": "mg/dL", "umol/L": "uM"}[unit])}


@pytest.mark.parametrize("code", ["1825-9", "6770-6"])
def test_an_interface_row_that_opens_with_the_loinc_code(code: str) -> None:
    text = (
        "SEG | SET | TYPE | OBSERVATION                       | VALUE | UNITS | RANGE     | FLAG\n"
        f"OBX | 1   | NM   | {code} Alpha-1 antitrypsin (mass) | 31    | mg/dL | 90-200    | L\n"
        "OBX | 2   | NM   | 718-7 Hemoglobin                  | 15.8  | g/dL  | 13.5-17.5 | N\n"
    )
    assert _serum(text) == {(31, "mg/dL")}


@pytest.mark.parametrize(
    ("heading", "between"),
    list(
        itertools.product(
            ["**Alpha-1 Antitrypsin (blood)**", "ALPHA-1 ANTITRYPSIN, SERUM", "AAT level"],
            ["Collected: 6/14/2017    Ordered by: Harlan Moss, MD", ""],
        )
    ),
)
def test_a_value_line_below_the_test_and_its_collection_line(heading: str, between: str) -> None:
    lines = [heading, between, "- Your value: 22 mg/dL", "- Standard range: 90 - 200 mg/dL"]
    assert _serum("\n".join(line for line in lines if line) + "\n") == {(22, "mg/dL")}


def _responses(text: str) -> list[str]:
    found = _checker().extract(make_chart(text))
    return [
        f.text
        for f in found
        if f.kind == "response_to_therapy" and not any(f.assertion.model_dump().values())
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since starting Zemaira in 09/2023 he reports fewer exacerbations.",
        "Pt reports dec DOE since starting tx - walks 2 blks vs 1 blk pre-tx.",
        "Less dyspnea since starting augmentation.",
        "6MWD 455 m vs 402 m before augmentation.",
        "Since starting the weekly infusions she can climb two flights without stopping.",
    ],
)
def test_an_outcome_since_starting_therapy_is_a_response(sentence: str) -> None:
    assert _responses(f"AATD PI*ZZ on Zemaira.\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Since starting Zemaira she cannot climb stairs anymore.",
        "Since starting the inhaler, no change.",
        "Walks 2 blocks vs 1 block last month.",
    ],
)
def test_no_outcome_or_another_treatment_is_no_response(sentence: str) -> None:
    assert not _responses(f"AATD PI*ZZ.\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Before augmentation she had three or four exacerbations a year; since 2019 she has had about one.",
        "Before starting Zemaira he had monthly flares, but since then only two this year.",
    ],
)
def test_events_before_therapy_against_events_since(sentence: str) -> None:
    assert _responses(f"AATD PI*ZZ on augmentation.\n{sentence}\n")


def _smoking(text: str) -> set[str]:
    found = _checker().extract(make_chart(text))
    kept = [f for f in found if f.kind == "smoking_status" and not any(f.assertion.model_dump().values())]
    return {f.value for f in kept}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Smoking\nFormer; quit 2006; 30 pack-years\n", "former"),
        ("Tobacco use\nCurrent - 5 cigarettes/day\n", "current"),
        ("Smoking status\nNever\n", "never"),
        ("3. Tobacco use disorder. He continues to smoke, about five cigarettes a day.\n", "current"),
    ],
)
def test_smoking_status_on_the_line_below_its_label_or_as_a_verb(text: str, status: str) -> None:
    assert _smoking(text) == {status}
