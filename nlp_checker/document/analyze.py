"""The public entry point: ``analyze(text, doc_date, service_date) -> list[RoleFinding]``."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict

from nlp_checker.document.features import features
from nlp_checker.document.fields import FieldValue, corrections, field_values, other_product
from nlp_checker.document.layout import Layout, analyze_layout
from nlp_checker.document.nowaste import no_waste_statements
from nlp_checker.document.quantities import Quantity, recognize
from nlp_checker.document.roles import decide, has_rules
from nlp_checker.document.rules import DocumentRules, memo, using, vocab
from nlp_checker.document.scope import scoped, stated_visit_date
from nlp_checker.document.supersede import effective


class RoleFinding(BaseModel):
    """One quantity or time with its role, the rule that decided it and the visit it belongs to."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    value: Any
    unit: str | None = None
    start: int
    end: int
    text: str
    role: str
    rule_id: str
    features: dict[str, str]
    visit_date: str | None
    in_service: bool
    superseded: bool = False


def _anchor() -> re.Pattern[str]:
    return vocab("anchor")


def analyze(
    text: str,
    doc_date: str | None = None,
    service_date: str | None = None,
    rules: DocumentRules | None = None,
    anchored: bool = False,
) -> list[RoleFinding]:
    """Find masses, volumes and times, give each a role, scope it to a visit, and apply corrections.

    ``rules``: the document rules of the bundle in use (default: the shipped bundle's). ``anchored``: the
    document belongs to an A1PI administration even where its own text names no product (an infusion
    record of a chart whose other documents or claim lines name the drug).
    """
    if rules is None:
        return _analyze(text, stated_visit_date(text, doc_date), service_date, anchored)
    with using(rules):
        return _analyze(text, stated_visit_date(text, doc_date), service_date, anchored)


def mentions_a1pi(text: str, rules: DocumentRules | None = None) -> bool:
    """True when the text names an A1PI product or the drug (the layer's anchor vocabulary)."""
    if rules is None:
        return bool(_anchor().search(text))
    with using(rules):
        return bool(_anchor().search(text))


def _analyze(text: str, doc_date: str | None, service_date: str | None, anchored: bool) -> list[RoleFinding]:
    layout = _layout(text, doc_date)
    candidates = recognize(layout)
    doc_anchor = anchored or bool(_anchor().search(text))
    findings: list[RoleFinding] = []
    by_line: dict[int, list[Quantity]] = {}
    for q in candidates:
        by_line.setdefault(layout.line_at(q.start).index, []).append(q)
    for q in candidates:
        # Neighbours that bound a candidate's clause sit in its own cell, so on its own line.
        decision = (
            decide(q.kind, features(layout, q, by_line[layout.line_at(q.start).index], doc_anchor))
            if has_rules(q.kind)
            else None
        )
        visit, in_service, _ = scoped(layout, q.start, doc_date, service_date, has_rules(q.kind))
        if decision is None:
            role, rule_id, used = q.kind, f"{q.kind}.recognized", {}
        else:
            role, rule_id, used = decision.role, decision.rule_id, decision.features
        findings.append(
            RoleFinding(
                kind=q.kind,
                value=q.value,
                unit=q.unit,
                start=q.start,
                end=q.end,
                text=q.text,
                role=role,
                rule_id=rule_id,
                features=used,
                visit_date=visit,
                in_service=in_service,
            )
        )
    for q in no_waste_statements(layout):
        visit, in_service, _ = scoped(layout, q.start, doc_date, service_date)
        findings.append(
            RoleFinding(
                kind="mass",
                value=0,
                unit="mg",
                start=q.start,
                end=q.end,
                text=q.text,
                role="waste",
                rule_id="waste.no_waste_statement",
                features={"phrase": q.text.lower()},
                visit_date=visit,
                in_service=in_service,
            )
        )
    by_role: dict[str, list[RoleFinding]] = {}
    for finding in findings:
        by_role.setdefault(finding.kind, []).append(finding)
    for group in by_role.values():
        effective(group, text)
    findings.sort(key=lambda f: (f.start, f.end))
    return findings


class FieldFinding(BaseModel):
    """One value of a labelled cell or lab row with its label, rule, visit and whether it counts."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    value: Any
    unit: str | None = None
    start: int
    end: int
    text: str
    rule_id: str
    label: str
    visit_date: str | None
    in_service: bool
    # What decided the visit: a copied-forward "block", a multi-visit "row" date, or the "document" date.
    scope: str = "document"
    superseded: bool = False


def _scope_source(layout: Layout, offset: int) -> str:
    if any(block.kind == "copy_forward" for block in layout.blocks_at(offset)):
        return "block"
    cell = layout.cell_at(offset)
    row_date = layout.line_at(offset).row_date
    return "row" if (cell is not None and cell.date) or (row_date and len(row_date) == 10) else "document"


def analyze_fields(
    text: str,
    doc_date: str | None = None,
    service_date: str | None = None,
    rules: DocumentRules | None = None,
    extra: list[FieldValue] | None = None,
) -> list[FieldFinding]:
    """Values named by a field label, a column header or a lab row, scoped to a visit, corrections applied.

    ``extra``: further candidates (a kind's prose patterns) scoped and corrected the same way; one that
    overlaps a labelled value of its kind is dropped.
    """
    if rules is None:
        return _analyze_fields(text, stated_visit_date(text, doc_date), service_date, extra or [])
    with using(rules):
        return _analyze_fields(text, stated_visit_date(text, doc_date), service_date, extra or [])


ADMINISTRATION_FIELDS = frozenset({"lot_number", "expiration_date"})
# Values a prose clause may date ("last week's visit 02/03: ... lot P100598777"): the administration's.
INLINE_SCOPED = ADMINISTRATION_FIELDS


def _corrected_away(item: FieldValue, items: list[FieldValue]) -> bool:
    """A value of a kind that a later correction in the document replaces with another value."""
    if item.extra.get("correction"):
        return False
    return any(
        other.extra.get("correction")
        and other.kind == item.kind
        and other.start > item.end
        and str(other.value) != str(item.value)
        for other in items
    )


def layout_of(text: str, doc_date: str | None, rules: DocumentRules) -> Layout:
    """The layout of ``text`` (shared with the last ``analyze`` / ``analyze_fields`` of the same text)."""
    with using(rules):
        return _layout(text, doc_date)


def _layout(text: str, doc_date: str | None) -> Layout:
    """The layout of the last document analyzed (role and field analysis share it)."""
    last: list[Any] = memo("analyze.last_layout", list)
    key = (text, doc_date)
    if last and last[0] == key:
        return last[1]  # type: ignore[no-any-return]
    layout = analyze_layout(text, doc_date)
    last[:] = [key, layout]
    return layout


def _analyze_fields(
    text: str, doc_date: str | None, service_date: str | None, extra: list[FieldValue]
) -> list[FieldFinding]:
    layout = _layout(text, doc_date)
    own = field_values(layout)
    # Values found elsewhere (the prose patterns of a kind, corrections) join unless a labelled value
    # already covers them.
    for item in [*corrections(text), *extra]:
        if not any(o.kind == item.kind and o.start < item.end and item.start < o.end for o in own):
            own.append(item)
    own = [
        item
        for item in own
        if item.kind not in ADMINISTRATION_FIELDS or not other_product(layout, item.start)
    ]
    found = [
        FieldFinding(
            kind=item.kind,
            value=item.value,
            unit=item.unit,
            start=item.start,
            end=item.end,
            text=text[item.start : item.end],
            rule_id=item.rule_id,
            label=item.label,
            visit_date=visit,
            in_service=in_service,
            scope="row" if clause_dated else _scope_source(layout, item.start),
            superseded=_corrected_away(item, own),
        )
        for item in own
        for visit, in_service, clause_dated in [
            scoped(layout, item.start, doc_date, service_date, item.kind in INLINE_SCOPED)
        ]
    ]
    by_kind: dict[str, list[FieldFinding]] = {}
    for finding in found:
        by_kind.setdefault(finding.kind, []).append(finding)
    for group in by_kind.values():
        effective(group, text)
    return found
