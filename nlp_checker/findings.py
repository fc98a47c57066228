"""Turns the spans of a processed Doc into immutable Findings with section, assertions and provenance."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span

from nlp_checker.models import Assertion, Finding
from nlp_checker.pipeline.concepts import target_rule_id
from nlp_checker.pipeline.extensions import (
    FIELDS_ATTR,
    MODIFIERS_ATTR,
    OFFSETS_ATTR,
    RULE_ATTR,
    SectionRef,
    doc_sections,
    doc_text,
)
from nlp_checker.pipeline.wraps import soft_wrap_offsets
from nlp_checker.settings import PipelineSettings

# ConText modifier category -> assertion flag (medspaCy's DEFAULT_ATTRIBUTES, by flag name).
_CONTEXT_FLAGS = {
    "NEGATED_EXISTENCE": "negated",
    "HISTORICAL": "historical",
    "HYPOTHETICAL": "hypothetical",
    "FAMILY": "family",
    "POSSIBLE_EXISTENCE": "uncertain",
}


class SectionIndex:
    """Finds the section category of a token index by binary search over section starts."""

    def __init__(self, doc: Doc) -> None:
        sections = doc_sections(doc)
        self.starts = [s.title_start for s in sections]
        self.sections = sections

    def section(self, token_index: int) -> SectionRef | None:
        position = bisect_right(self.starts, token_index) - 1
        if position < 0:
            return None
        section = self.sections[position]
        return section if token_index < section.body_end else None


def section_finder(doc: Doc) -> Any:
    """A function (start, end) -> the section category of those character offsets, or None."""
    sections = SectionIndex(doc)

    def section_at(start: int, end: int) -> str | None:
        span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is None or not len(span):
            return None
        found = sections.section(span.start)
        return found.category if found is not None else None

    return section_at


def _section_flags(
    doc: Doc,
    section: SectionRef | None,
    start_char: int,
    settings: PipelineSettings,
    breaks: dict[str, re.Pattern[str]],
) -> list[str]:
    """Assertion flags a section sets on a finding, unless a blank line or another header (the category's
    own break, if it has one) intervenes."""
    if section is None:
        return []
    category = section.category or ""
    flags = settings.section_assertions.get(category, [])
    if not flags:
        return []
    body_start = doc[section.title_end - 1].idx + len(doc[section.title_end - 1]) if section.title_end else 0
    stop = breaks.get(category) or breaks[""]
    # One character past the finding's start, so that a break may look ahead at the finding's line.
    return [] if stop.search(doc.text, body_start, start_char + 1) else list(flags)


def _beyond_reach(modifier: dict[str, Any], span: Span, reach: int | None) -> bool:
    """A negation ending more than ``reach`` tokens before a measured value (``negation_reach``)."""
    return (
        reach is not None
        and modifier["category"] == "NEGATED_EXISTENCE"
        and modifier["end"] <= span.start
        and span.start - modifier["end"] > reach
    )


def _rule_and_value(span: Span) -> tuple[str | None, dict[str, Any]]:
    fields = span._.get(FIELDS_ATTR)
    return span._.get(RULE_ATTR), (dict(fields) if fields is not None else {})


def yielding_rules(nlp_rules: list[Any]) -> dict[str, frozenset[str]]:
    """Rule id -> values that override it: a weak statement ("denies tobacco") yields to a stated status."""
    yields = {}
    for rule in nlp_rules:
        values = (rule.metadata or {}).get("yields_to")
        if values:
            yields[target_rule_id(rule)] = frozenset(values)
    return yields


def reconcile(findings: list[Finding], yields: dict[str, frozenset[str]]) -> list[Finding]:
    """Drop findings whose rule yields to another affirmed finding of the same kind in the chart."""
    if not yields:
        return findings
    stated = {(f.kind, f.value) for f in findings if f.assertion.affirmed and f.rule_id not in yields}
    return [
        f
        for f in findings
        if f.rule_id not in yields or not any((f.kind, value) in stated for value in yields[f.rule_id])
    ]


@lru_cache(maxsize=64)
def _assertion(flags: frozenset[str]) -> Assertion:
    """Assertions are immutable; the few flag combinations are built once."""
    return Assertion(**dict.fromkeys(flags, True))


def _unchecked_box_before(text: str, start: int, boxes: re.Pattern[str]) -> bool:
    """True when the nearest checkbox before ``start`` on its line is empty ("[ ] Prolastin-C  [X] Glassia":
    an unticked option is not documented)."""
    line_start = text.rfind("\n", 0, start) + 1
    found = list(boxes.finditer(text, line_start, start))
    return bool(found) and not found[-1].group("mark").strip()


def findings_from_doc(doc: Doc, document_id: str, settings: PipelineSettings) -> list[Finding]:
    """Every span of the pipeline's span group as a Finding, in text order."""
    if settings.span_group not in doc.spans:
        return []
    sections = SectionIndex(doc)
    breaks = {"": re.compile(settings.section_assertion_break)} | {
        category: re.compile(pattern) for category, pattern in settings.section_assertion_breaks.items()
    }
    text = doc_text(doc)
    boxes = (
        re.compile(settings.checkbox.box)
        if settings.checkbox is not None and any(mark in text for mark in settings.checkbox.marks)
        else None
    )
    findings = []
    for span in doc.spans[settings.span_group]:
        rule_id, fields = _rule_and_value(span)
        start, end = span._.get(OFFSETS_ATTR) or (span.start_char, span.end_char)
        section_obj = sections.section(span.start)
        section = section_obj.category if section_obj is not None else None
        reach = settings.negation_reach.get(span.label_)
        categories = (
            modifier["category"]
            for modifier in span._.get(MODIFIERS_ATTR)
            if not _beyond_reach(modifier, span, reach)
        )
        flags = {_CONTEXT_FLAGS[c] for c in categories if c in _CONTEXT_FLAGS}
        if span.label_ not in settings.section_assertion_exempt.get(section or "", ()):
            flags.update(_section_flags(doc, section_obj, start, settings, breaks))
        if boxes is not None and _unchecked_box_before(text, start, boxes):
            flags.add("negated")
        findings.append(
            Finding(
                kind=span.label_,
                document_id=document_id,
                start=start,
                end=end,
                text=text[start:end],
                section=section,
                assertion=_assertion(frozenset(flags)),
                rule_id=rule_id,
                **fields,
            )
        )
    findings.sort(key=lambda f: (f.start, f.end, f.kind))
    findings = [_on_value_line(f, text, settings) for f in findings]
    return _listed_options(findings, text, settings)


def _on_value_line(finding: Finding, text: str, settings: PipelineSettings) -> Finding:
    """A value's evidence cut to the line that holds it when a pattern matched across hard line breaks (a form
    exported one field per line: "Lot #" / "GLS25M204", "FEV1 1.52 L" / "44" / "%")."""
    soft = settings.sentences.soft_wrap
    if finding.kind not in settings.one_line_evidence or "\n" not in finding.text or soft is None:
        return finding
    first = text.rfind("\n", 0, finding.start) + 1
    last = text.find("\n", finding.end)
    wraps = {first + offset for offset in soft_wrap_offsets(text[first : last if last >= 0 else None], soft)}
    hard = [o for o in range(finding.start, finding.end) if text[o] == "\n" and o not in wraps]
    if not hard:
        return finding
    bounds = [finding.start - 1, *hard, finding.end]
    pieces = [(begin + 1, end) for begin, end in pairwise(bounds)]
    written = _written_value(finding.value)
    holding = [p for p in pieces if written and written in text[p[0] : p[1]]]
    with_digits = [p for p in pieces if any(ch.isdigit() for ch in text[p[0] : p[1]])]
    start, end = (holding or with_digits or pieces)[-1]
    while start < end and text[start].isspace():
        start += 1
    return finding.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def _written_value(value: object) -> str:
    """A value as a note would write it ("44" for 44.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _option_value(finding: Finding) -> str:
    """What tells listed options apart: the value, or a genotype's alleles."""
    return str(finding.value if finding.value is not None else finding.alleles)


def _listed_options(findings: list[Finding], text: str, settings: PipelineSettings) -> list[Finding]:
    """Values of one kind listed side by side as options ("Prolastin-C, Aralast NP, Zemaira or Glassia")
    are possibilities, not the patient's: each becomes hypothetical (``listed_options`` in pipeline.yaml)."""
    rule = settings.listed_options
    if rule is None:
        return findings
    joiner = re.compile(rule.join, re.IGNORECASE)
    out = list(findings)
    for kind in rule.kinds:
        items = [i for i, f in enumerate(out) if f.kind == kind]
        run: list[int] = []
        for index in [*items, None]:
            if index is not None and run and joiner.fullmatch(text[out[run[-1]].end : out[index].start]):
                run.append(index)
                continue
            if len({_option_value(out[i]) for i in run}) >= rule.min_items:
                for i in run:
                    flags = {k for k, v in out[i].assertion.model_dump().items() if v} | {"hypothetical"}
                    out[i] = out[i].model_copy(update={"assertion": _assertion(frozenset(flags))})
            run = [index] if index is not None else []
    return out
