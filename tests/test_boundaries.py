"""No value crosses a line (issue 9, class 8): a value, its label and its unit belong to one line, sentence or
table cell, on every chart of the corpus and of the development blind batches (held-out ones excluded). The
one exception is a soft wrap (``pipeline/wraps.py``): hard-wrapped prose goes on with its sentence, and so
with its value ("serum AAT 0.29" / "g/L) and panlobular emphysema"), on the next line."""

from __future__ import annotations

import json

import pytest

from nlp_checker import Checker
from nlp_checker.pipeline import load_settings
from nlp_checker.pipeline.wraps import soft_wrapped
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


SOFT_WRAP = load_settings().sentences.soft_wrap


def hard_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets of the line breaks in ``text[start:end]`` that are not soft wraps."""
    hard = []
    for offset in (i for i in range(start, end) if text[i] == "\n"):
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset + 1)
        previous, following = text[line_start:offset], text[offset + 1 : line_end if line_end >= 0 else None]
        if SOFT_WRAP is None or not soft_wrapped(previous, following, SOFT_WRAP):
            hard.append(offset)
    return hard


@pytest.mark.slow
def test_no_value_finding_spans_a_line_break(checker: Checker) -> None:
    """A value may go on across a soft wrap, never across a hard line break (reported without note text)."""
    crossing = []
    for path in CHARTS:
        chart = json.loads(path.read_text(encoding="utf-8"))
        texts = {document["id"]: document["text"] for document in chart["documents"]}
        for f in checker.extract(chart):
            if f.kind not in VALUE_KINDS or "\n" not in f.text:
                continue
            text = texts[f.document_id]
            assert text[f.start : f.end] == f.text
            if hard_breaks(text, f.start, f.end):
                crossing.append((path.stem, f.document_id, f.kind, f.start, f.end))
    assert len(CHARTS) >= 80
    assert crossing == []


@pytest.mark.parametrize(
    ("text", "hard"),
    [
        ("Pt is a 72F with AATD (PI ZZ phenotype, 2015) and a pre-treatment serum AAT 0.29\ng/L.", []),
        ("Serum AAT 0.29\ng/L", [14]),
        ("Waste: No waste\nTolerated well.", [15]),
    ],
)
def test_hard_breaks_are_the_line_breaks_that_are_not_soft_wraps(text: str, hard: list[int]) -> None:
    assert hard_breaks(text, 0, len(text)) == hard


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
