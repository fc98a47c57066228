"""Concept matching for ``patterns/target_rules.json`` (medspaCy TargetRule format) on characters.

medspaCy's TargetMatcher sends string patterns to its RegexMatcher, which rebuilds ``doc.text_with_ws``
from every token once per pattern and document: measured 36 % of the whole check on the sample corpus.
This component reads the same TargetRule objects, runs each compiled regex once on ``doc.text``, skips a
rule at once when none of its trigger words occurs in the text, and labels spans exactly as the
TargetMatcher does (label = category, ``span._.target_rule`` = the rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from nlp_checker.errors import RulesetError

TRIGGER_KEY = "triggers"


@dataclass(frozen=True)
class CompiledTarget:
    rule: object
    pattern: re.Pattern[str]
    triggers: tuple[str, ...]


def compile_target_rules(rules: list, source: str) -> list[CompiledTarget]:  # type: ignore[type-arg]
    """Compile TargetRules whose pattern is a regex string or None (a literal phrase)."""
    compiled = []
    for rule in rules:
        pattern = rule.pattern
        if pattern is None:
            pattern = r"(?<!\w)" + re.escape(rule.literal) + r"(?!\w)"
        elif not isinstance(pattern, str):
            raise RulesetError(
                source, rule.literal, "token-list patterns are not supported; write a regex string"
            )
        try:
            regex = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise RulesetError(source, rule.literal, f"invalid regular expression: {exc}") from exc
        triggers = tuple(t.lower() for t in (rule.metadata or {}).get(TRIGGER_KEY, ()))
        compiled.append(CompiledTarget(rule=rule, pattern=regex, triggers=triggers))
    return compiled


class ConceptMatcher:
    """Adds TargetRule matches to a span group, longest match first where two overlap in one category."""

    def __init__(self, targets: list[CompiledTarget], span_group: str) -> None:
        self.targets = targets
        self.span_group = span_group
        if not Span.has_extension("target_rule"):
            Span.set_extension("target_rule", default=None)

    @property
    def rules(self) -> list[object]:
        return [t.rule for t in self.targets]

    def __call__(self, doc: Doc) -> Doc:
        from nlp_checker.components import doc_lower, doc_text

        text = doc_text(doc)
        lower = doc_lower(doc)
        found: list[tuple[int, int, CompiledTarget]] = []
        for target in self.targets:
            if target.triggers and not any(trigger in lower for trigger in target.triggers):
                continue
            found.extend(
                (m.start(), m.end(), target) for m in target.pattern.finditer(text) if m.end() > m.start()
            )
        spans = []
        taken: dict[str, list[tuple[int, int]]] = {}
        for start, end, target in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            category = target.rule.category  # type: ignore[attr-defined]
            if any(s < end and start < e for s, e in taken.get(category, [])):
                continue
            span = doc.char_span(start, end, label=category, alignment_mode="expand")
            if span is None or not len(span):
                continue
            span._.target_rule = target.rule
            taken.setdefault(category, []).append((start, end))
            spans.append(span)
        spans.sort(key=lambda s: (s.start, s.end))
        existing = list(doc.spans[self.span_group]) if self.span_group in doc.spans else []
        doc.spans[self.span_group] = existing + spans
        return doc
