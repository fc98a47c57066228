"""No value crosses a line (issue 9, class 8): a value, its label and its unit belong to one line, sentence or
table cell, on every chart of the corpus and of the development blind batches (held-out ones excluded)."""

from __future__ import annotations

import json

import pytest

from nlp_checker import Checker
from tests.conftest import CORPUS

VALUE_KINDS = {
    "dose",
    "wastage",
    "weight",
    "serum_aat",
    "fev1",
    "lot_number",
    "expiration_date",
    "infusion_start",
    "infusion_end",
    "prior_authorization",
}
HELD_OUT = set((CORPUS / "blind" / "HELD_OUT").read_text(encoding="utf-8").split())
CHARTS = sorted((CORPUS / "charts").glob("*.json")) + sorted(
    path
    for batch in sorted((CORPUS / "blind").iterdir())
    if batch.is_dir() and batch.name not in HELD_OUT
    for path in (batch / "charts").glob("*.json")
)


@pytest.mark.slow
def test_no_value_finding_spans_a_line_break(checker: Checker) -> None:
    crossing = [
        (path.stem, f.kind, f.text)
        for path in CHARTS
        for f in checker.extract(json.loads(path.read_text(encoding="utf-8")))
        if f.kind in VALUE_KINDS and "\n" in f.text
    ]
    assert len(CHARTS) >= 80
    assert crossing == []


def test_negated_sentence_does_not_reach_the_next_sentence(checker: Checker) -> None:
    """'Patient denies weight loss. Weight 81.6 kg.': the weight is affirmed, the negation stays behind."""
    chart = {
        "chart_id": "boundary",
        "documents": [{"id": "d1", "text": "ROS: Patient denies weight loss. Weight 81.6 kg."}],
    }
    weights = [f for f in checker.extract(chart) if f.kind == "weight"]
    assert [(f.value_kg, f.assertion.affirmed) for f in weights] == [(81.6, True)]


def test_a_time_on_the_next_line_is_not_a_waste_amount(checker: Checker) -> None:
    """'Waste ... - JW' ends a line; '0950 VS stable' on the next line is a vital-sign time, not 950 mg."""
    chart = {
        "chart_id": "boundary",
        "claim_lines": [{"hcpcs": "J0256", "units": 480}],
        "documents": [
            {
                "id": "d1",
                "type": "infusion_record",
                "text": "Prolastin-C 4,800 mg infused.\nWaste documented per policy - JW\n0950 VS stable",
            }
        ],
    }
    assert [f.value for f in checker.extract(chart) if f.kind == "wastage"] != [950]


@pytest.mark.parametrize(
    ("text", "uncertain"),
    [
        ("Assessment: COPD? vs asthma.", True),
        ("Assessment:\nCOPD, J44.9? vs asthma.", True),
        ("Emphysema (J43.9)? vs asthma", True),
        ("Any emphysema?", True),
        ("AATD with PiSZ? -> repeat genotyping shows PI*Z/Null.", False),
    ],
)
def test_a_question_mark_makes_only_its_own_finding_uncertain(
    checker: Checker, text: str, uncertain: bool
) -> None:
    """'X? vs Y' is one differential (the sentence does not end at '?'); the '?' reaches the finding it
    follows, not a diagnosis earlier in the sentence ("AATD with PiSZ?" questions the genotype only)."""
    chart = {"chart_id": "q", "documents": [{"id": "d", "type": "progress_note", "text": text}]}
    kinds = ("aatd_diagnosis", "lung_disease")
    found = [f for f in checker.extract(chart) if f.kind in kinds]
    assert found and found[0].assertion.uncertain is uncertain
