"""Structured data vs note text: disagreements of the same date are reported, older notes are not."""

from __future__ import annotations

import datetime as dt

from nlp_checker.ingest import parse_chart
from nlp_checker.sources import ChartSource, structured_fact

DOS = dt.date(2026, 3, 4)


def _weight(kg: float):  # type: ignore[no-untyped-def]
    return structured_fact(
        "weight",
        "Observation/w1",
        "Observation.valueQuantity",
        f"{kg} kg",
        date=DOS,
        value=kg,
        unit="kg",
        value_kg=kg,
    )


def _chart():  # type: ignore[no-untyped-def]
    return parse_chart(
        {
            "chart_id": "disc",
            "date_of_service": DOS.isoformat(),
            "documents": [
                {"id": "old", "date": "2024-01-01", "text": "Weight 92 kg"},
                {"id": "today", "date": DOS.isoformat(), "text": "Weight 82 kg"},
            ],
        }
    )


def test_same_day_disagreement_is_reported_with_both_evidences(checker) -> None:  # type: ignore[no-untyped-def]
    report = checker.check(ChartSource(chart=_chart(), facts=[_weight(72.0)]))
    [discrepancy] = report.discrepancies
    assert discrepancy.kind == "weight"
    assert "Observation/w1" in discrepancy.message and "82" in discrepancy.message
    assert "92" not in discrepancy.message  # the 2024 note is not the same date
    assert discrepancy.evidence[0].resource == "Observation/w1"
    assert {e.document_id for e in discrepancy.evidence[1:]} == {"today"}


def test_agreement_within_tolerance_and_older_notes_are_not_discrepancies(checker) -> None:  # type: ignore[no-untyped-def]
    assert checker.check(ChartSource(chart=_chart(), facts=[_weight(82.5)])).discrepancies == []
