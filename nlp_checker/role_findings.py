"""Administration findings from the document-structure layer: the dose given, the waste, the infusion's
start and stop, each with the role that decided it, its reason (rule id and features) and its visit.

The layer (``nlp_checker.document``) reads lines, fields and table cells, gives every quantity and time a
role and scopes it to a visit; this module keeps what counts for the date of service (not superseded by a
correction, not copied forward or from another visit's row) and turns it into contract findings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from nlp_checker.document import analyze
from nlp_checker.document.rules import document_rules
from nlp_checker.models import Document, Finding
from nlp_checker.rules import RuleBundle

# role of the document layer -> finding kind of the contract
ROLE_KINDS = {
    "administered_dose": "dose",
    "waste": "wastage",
    "infusion_start": "infusion_start",
    "infusion_end": "infusion_end",
}
ROLE_FINDING_KINDS = frozenset(ROLE_KINDS.values())


def role_findings(
    document: Document,
    service_date: dt.date | None,
    rules: RuleBundle,
    section_at: Any = None,
) -> list[Finding]:
    """The administration findings of one document that count for ``service_date``."""
    found = analyze(
        document.text,
        document.date.isoformat() if document.date else None,
        service_date.isoformat() if service_date else None,
        rules=document_rules(rules),
    )
    findings = []
    for item in found:
        kind = ROLE_KINDS.get(item.role)
        if kind is None or item.superseded or not item.in_service:
            continue
        value = item.value
        fields: dict[str, Any] = {"value": value}
        if kind in ("dose", "wastage"):
            fields["unit"] = "mg"
        start = _evidence_start(document.text, item.start, item.features.get("label"))
        findings.append(
            Finding(
                kind=kind,
                document_id=document.id,
                start=start,
                end=item.end,
                text=document.text[start : item.end],
                section=section_at(item.start, item.end) if section_at is not None else None,
                rule_id=f"document.{item.rule_id}",
                role=item.role,
                reason=item.features or None,
                visit_date=dt.date.fromisoformat(item.visit_date) if item.visit_date else None,
                **fields,
            )
        )
    return findings


def _evidence_start(text: str, start: int, label: str | None) -> int:
    """Start the evidence at the value's label when the label stands before it on the same line
    ("Dose given: 4344 mg" rather than "4344 mg"), so that a coder reads what the value is."""
    if not label:
        return start
    line_start = text.rfind("\n", 0, start) + 1
    found = text.lower().rfind(label.lower(), line_start, start)
    return found if found >= 0 else start
