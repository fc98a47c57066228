"""Finds where structured data and note text disagree about the same fact.

A weight of 82 kg in an Observation and 92 kg in the note of the same day, a lot number in the Medication
resource that no note mentions while the infusion record names another: the report lists each so the
coder can query the provider. Only affirmed findings count; text findings are compared with structured
ones of the same kind (and, where both carry a date, the same date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from nlp_checker.kinds import COMPARED_KINDS, kind
from nlp_checker.models import Discrepancy, Finding


def find_discrepancies(
    findings: list[Finding],
    weight_tolerance: float = 0.02,
    document_dates: Mapping[str, dt.date | None] | None = None,
    kinds: tuple[str, ...] = COMPARED_KINDS,
) -> list[Discrepancy]:
    """Structured facts that no same-kind, same-date text finding agrees with (when text has that kind).

    A text finding is dated by a date written next to it, else by its document's date.
    """
    dates = document_dates or {}
    affirmed = [f for f in findings if f.assertion.affirmed]
    result = []
    for name in kinds:
        entry = kind(name)
        if entry.same is None:
            continue
        same, shown = entry.same, entry.show
        structured = [f for f in affirmed if f.kind == name and f.resource]
        text = [f for f in affirmed if f.kind == name and not f.resource]
        if not structured or not text:
            continue
        for fact in structured:
            comparable = [
                t
                for t in text
                if not (fact.date and (t_date := t.date or dates.get(t.document_id))) or fact.date == t_date
            ]
            if comparable and not any(same(fact, t, weight_tolerance) for t in comparable):
                shown_text = ", ".join(dict.fromkeys(shown(t) for t in comparable))
                result.append(
                    Discrepancy(
                        kind=name,
                        message=f"{fact.resource} records {name.replace('_', ' ')} {shown(fact)}; "
                        f"the notes say {shown_text}.",
                        evidence=[fact.evidence()] + [t.evidence() for t in comparable[:3]],
                    )
                )
    return result
