"""A chart plus what structured sources (FHIR resources, HL7 v2 segments) say directly.

Readers of EHR formats turn their input into a ``ChartSource``: the ``Chart`` (documents with text and
claim lines) that the NLP pipeline reads, and ``facts``: findings taken from structured data (an
Observation's valueQuantity, a Medication's lot number) whose evidence names the resource and the path
instead of text offsets. ``warnings`` say what was left out (an attachment given only by URL).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.models import Assertion, Chart, Finding

AFFIRMED = Assertion()


@dataclass
class ChartSource:
    chart: Chart
    facts: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def structured_fact(
    kind: str,
    resource: str,
    path: str,
    display: str,
    *,
    date: dt.date | None = None,
    **fields: Any,
) -> Finding:
    """A finding read from structured data: evidence is the resource reference and the path within it."""
    return Finding(
        kind=kind,
        document_id=resource,
        start=0,
        end=len(display),
        text=display,
        section="structured",
        assertion=AFFIRMED,
        rule_id=f"structured.{kind}",
        resource=resource,
        path=path,
        date=date,
        **fields,
    )


# The report note of an input that held no text document (FHIR and HL7 v2 alike).
NO_TEXT_DOCUMENT = "The input holds no text document; only its structured data was checked."
