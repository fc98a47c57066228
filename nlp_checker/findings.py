"""Turns the spans of a processed Doc into immutable Findings with section, assertions and provenance."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span

from nlp_checker.components import FIELDS_ATTR, OFFSETS_ATTR, RULE_ATTR
from nlp_checker.models import Assertion, Finding
from nlp_checker.settings import PipelineSettings

_CONTEXT_FLAGS = {
    "negated": "is_negated",
    "historical": "is_historical",
    "hypothetical": "is_hypothetical",
    "family": "is_family",
    "uncertain": "is_uncertain",
}


class SectionIndex:
    """Finds the section category of a token index by binary search over section starts."""

    def __init__(self, doc: Doc) -> None:
        sections = sorted(doc._.sections or [], key=lambda s: s.title_start)
        self.starts = [s.title_start for s in sections]
        self.sections = sections

    def category(self, token_index: int) -> str | None:
        position = bisect_right(self.starts, token_index) - 1
        if position < 0:
            return None
        section = self.sections[position]
        return section.category if token_index < section.body_end else None


def _rule_and_value(span: Span) -> tuple[str | None, dict[str, Any]]:
    fields = span._.get(FIELDS_ATTR)
    if fields is not None:
        return span._.get(RULE_ATTR), dict(fields)
    rule = getattr(span._, "target_rule", None)
    if rule is None:
        return None, {}
    metadata = rule.metadata or {}
    value = metadata.get("value")
    return f"target.{rule.category}:{rule.literal}", ({"value": value} if value is not None else {})


def findings_from_doc(doc: Doc, document_id: str, settings: PipelineSettings) -> list[Finding]:
    """Every span of the pipeline's span group as a Finding, in text order."""
    if settings.span_group not in doc.spans:
        return []
    sections = SectionIndex(doc)
    text = doc.text
    findings = []
    for span in doc.spans[settings.span_group]:
        rule_id, fields = _rule_and_value(span)
        start, end = span._.get(OFFSETS_ATTR) or (span.start_char, span.end_char)
        section = sections.category(span.start)
        flags = {name: bool(span._.get(attr)) for name, attr in _CONTEXT_FLAGS.items()}
        for flag in settings.section_assertions.get(section or "", []):
            flags[flag] = True
        findings.append(
            Finding(
                kind=span.label_, document_id=document_id, start=start, end=end, text=text[start:end],
                section=section, assertion=Assertion(**flags), rule_id=rule_id, **fields,
            )
        )
    findings.sort(key=lambda f: (f.start, f.end, f.kind))
    return findings
