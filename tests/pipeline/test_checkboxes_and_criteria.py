"""Unticked checkbox options and quoted payer criteria document nothing about the patient (CONTRACT.md,
"Only the patient's own affirmed facts count"); a ticked option and the patient's own facts around the
criteria still count."""

from __future__ import annotations

import itertools

import pytest

from nlp_checker import Checker

BOXES = [("[ ]", "[X]"), ("[ ]", "[x]"), ("[  ]", "[✓]")]
OPTIONS = [
    ("drug_product", "Drug requested: {e} Prolastin-C  {e} Aralast NP  {e} Zemaira  {t} Glassia", "Glassia"),
    (
        "smoking_status",
        "Tobacco: {e} current smoker   {t} former smoker - quit 2015   {e} never smoker",
        "former",
    ),
]


def _affirmed(checker: Checker, text: str, kind: str) -> set[object]:
    chart = {"chart_id": "t", "documents": [{"id": "d1", "type": "other", "text": text}]}
    return {f.value for f in checker.extract(chart) if f.kind == kind and f.assertion.affirmed}


@pytest.mark.parametrize(
    ("boxes", "option"), list(itertools.product(BOXES, OPTIONS)), ids=lambda v: str(v)[:20]
)
def test_only_the_ticked_option_is_affirmed(checker: Checker, boxes, option) -> None:  # type: ignore[no-untyped-def]
    empty, ticked = boxes
    kind, template, expected = option
    text = "Prior authorization renewal form\n" + template.format(e=empty, t=ticked) + "\n"
    assert _affirmed(checker, text, kind) == {expected}


CRITERIA_TITLES = [
    "Coverage criteria (plan policy):",
    "Medicaid PA criteria (from plan bulletin, pasted for renewal):",
    "Criteria summary (CPB 0145, continuation):",
    "Our policy criteria for continuation are:",
]
CRITERIA_BODIES = [
    '  "Member must be a non-smoker, have AAT < 11 uM, and FEV1 30-65% predicted."',
    "  1. Non-smoker for at least 6 months.\n  2. FEV1 30-65% predicted.",
]


@pytest.mark.parametrize(("title", "body"), list(itertools.product(CRITERIA_TITLES, CRITERIA_BODIES)))
def test_quoted_criteria_are_not_the_patients_facts(checker: Checker, title, body) -> None:  # type: ignore[no-untyped-def]
    text = f"{title}\n{body}\nWt 79.8 kg (176 lb). Current every day smoker, 5 cigarettes/day.\n"
    assert _affirmed(checker, text, "smoking_status") == {"current"}
    assert _affirmed(checker, text, "weight") == {79.8}
