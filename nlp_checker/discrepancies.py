"""Finds where structured data and note text disagree about the same fact.

A weight of 82 kg in an Observation and 92 kg in the note of the same day, a lot number in the Medication
resource that no note mentions while the infusion record names another: the report lists each so the
coder can query the provider. Only affirmed findings count; text findings are compared with structured
ones of the same kind (and, where both carry a date, the same date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from nlp_checker.models import Discrepancy, Finding


def _same(kind: str, weight_tolerance: float) -> Callable[[Finding, Finding], bool]:
    def weight(a: Finding, b: Finding) -> bool:
        x, y = float(a.value_kg or 0), float(b.value_kg or 0)
        return abs(x - y) <= weight_tolerance * max(x, y, 1e-9)

    def genotype(a: Finding, b: Finding) -> bool:
        return sorted(a.alleles or []) == sorted(b.alleles or [])

    def text_value(a: Finding, b: Finding) -> bool:
        return str(a.value).strip().upper() == str(b.value).strip().upper()

    def number(a: Finding, b: Finding) -> bool:
        return float(a.value) == float(b.value) and (a.unit or "") == (b.unit or "")

    return {
        "weight": weight,
        "genotype": genotype,
        "lot_number": text_value,
        "expiration_date": text_value,
        "dose": number,
        "serum_aat": number,
    }.get(kind, text_value)


def _shown(finding: Finding) -> str:
    if finding.kind == "genotype":
        return "/".join(finding.alleles or [])
    if finding.kind == "weight":
        return f"{finding.value_kg} kg"
    unit = f" {finding.unit}" if finding.unit else ""
    return f"{finding.value}{unit}"


def find_discrepancies(
    findings: list[Finding],
    weight_tolerance: float = 0.02,
    document_dates: Mapping[str, dt.date | None] | None = None,
    kinds: tuple[str, ...] = (
        "weight",
        "dose",
        "lot_number",
        "expiration_date",
        "genotype",
        "serum_aat",
    ),
) -> list[Discrepancy]:
    """Structured facts that no same-kind, same-date text finding agrees with (when text has that kind).

    A text finding is dated by a date written next to it, else by its document's date.
    """
    dates = document_dates or {}
    affirmed = [f for f in findings if f.assertion.affirmed]
    result = []
    for kind in kinds:
        structured = [f for f in affirmed if f.kind == kind and f.resource]
        text = [f for f in affirmed if f.kind == kind and not f.resource]
        if not structured or not text:
            continue
        same = _same(kind, weight_tolerance)
        for fact in structured:
            comparable = [
                t
                for t in text
                if not (fact.date and (t_date := t.date or dates.get(t.document_id))) or fact.date == t_date
            ]
            if comparable and not any(same(fact, t) for t in comparable):
                shown_text = ", ".join(dict.fromkeys(_shown(t) for t in comparable))
                result.append(
                    Discrepancy(
                        kind=kind,
                        message=f"{fact.resource} records {kind.replace('_', ' ')} {_shown(fact)}; "
                        f"the notes say {shown_text}.",
                        evidence=[fact.evidence()] + [t.evidence() for t in comparable[:3]],
                    )
                )
    return result
