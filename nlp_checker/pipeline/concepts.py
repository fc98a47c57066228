"""``nlp_checker_targets``: concept rules of ``target_rules.json`` (medspaCy TargetRule format) on characters.

medspaCy's TargetMatcher sends string patterns to its RegexMatcher, which rebuilds ``doc.text_with_ws``
from every token once per pattern and document: measured 36 % of the whole check on the sample corpus.
This component reads the same TargetRules, runs each compiled regex once on ``doc.text``, skips a rule at
once when none of its trigger words occurs in the text, and labels spans as the TargetMatcher does
(label = category). The span keeps the rule's id (``span._.nlp_checker_rule``,
``"target.<category>:<literal>"``) and its normalized value (``span._.nlp_checker_fields``), never the
rule object (medspaCy's ``span._.target_rule``), so docs serialize.
"""

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp_checker.errors import RulesetError
from nlp_checker.pipeline.extensions import FIELDS_ATTR, RULE_ATTR, doc_lower, doc_text, set_extensions
from nlp_checker.pipeline.rule_data import RuleFileComponent
from nlp_checker.rules.regex import DEFAULT_TIMEOUT_SECONDS, RulePattern, compile_rule

TRIGGER_KEY = "triggers"
RULE_KEYS = frozenset({"literal", "category", "pattern", "metadata", "attributes", "on_match"})


@dataclass(frozen=True)
class ConceptRule:
    """One rule of ``target_rules.json`` (medspaCy's TargetRule fields this component uses)."""

    literal: str
    category: str
    pattern: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def rule_id(self) -> str:
        return f"target.{self.category}:{self.literal}"


@dataclass(frozen=True)
class CompiledTarget:
    rule: ConceptRule
    pattern: RulePattern
    triggers: tuple[str, ...]

    @property
    def rule_id(self) -> str:
        return self.rule.rule_id


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without the match's leading and trailing whitespace: a pattern that begins with ``\\s*`` must
    not pull the previous line's break (and sentence) into the span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def target_rule_id(rule: Any) -> str:
    """The provenance id of a concept rule: ``target.<category>:<literal>``."""
    return f"target.{rule.category}:{rule.literal}"


def concept_rules(rule_data: list[dict[str, Any]], source: str) -> list[ConceptRule]:
    """Validate the rule dicts of a TargetRule JSON file; errors name the file and the rule."""
    rules = []
    for i, data in enumerate(rule_data):
        where = f"target_rules[{i}]"
        unknown = sorted(set(data) - RULE_KEYS)
        if unknown:
            raise RulesetError(source, where, f"unknown keys {unknown}")
        literal, category, pattern = data.get("literal"), data.get("category"), data.get("pattern")
        if not isinstance(literal, str) or not literal or not isinstance(category, str) or not category:
            raise RulesetError(source, where, "expected a non-empty 'literal' and 'category'")
        if pattern is not None and not isinstance(pattern, str):
            raise RulesetError(source, where, "token-list patterns are not supported; write a regex string")
        metadata = data.get("metadata") or {}
        if not isinstance(metadata, dict):
            raise RulesetError(source, f"{where}.metadata", "expected an object")
        rules.append(ConceptRule(literal, category, pattern, metadata))
    return rules


def compile_target_rules(
    rules: list[ConceptRule], source: str, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> list[CompiledTarget]:
    """Compile each rule's regex (or its literal as a whole phrase), case-insensitive, with the time limit."""
    import regex

    compiled = []
    for rule in rules:
        pattern = rule.pattern or r"(?<!\w)" + regex.escape(rule.literal) + r"(?!\w)"
        try:
            matcher = compile_rule(pattern, source, rule.rule_id, ("IGNORECASE",), timeout)
        except ValueError as exc:
            raise RulesetError(source, rule.literal, str(exc)) from None
        triggers = tuple(t.lower() for t in rule.metadata.get(TRIGGER_KEY, ()))
        compiled.append(CompiledTarget(rule=rule, pattern=matcher, triggers=triggers))
    return compiled


class ConceptMatcher(RuleFileComponent):
    """Adds TargetRule matches to a span group, longest match first where two overlap in one category."""

    file_name = "target_rules.json"
    key = "target_rules"

    def __init__(self, patterns_path: str | None, span_group: str) -> None:
        super().__init__(patterns_path)
        self.span_group = span_group
        self.targets: list[CompiledTarget] = []
        set_extensions()

    def set_rules(self, rule_data: list[dict[str, Any]], source: str) -> None:
        self.targets = compile_target_rules(concept_rules(rule_data, source), source)

    @property
    def rules(self) -> list[Any]:
        self.ensure_rules()
        return [t.rule for t in self.targets]

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_rules()
        text = doc_text(doc)
        lower = doc_lower(doc)
        found: list[tuple[int, int, CompiledTarget]] = []
        for target in self.targets:
            if target.triggers and not any(trigger in lower for trigger in target.triggers):
                continue
            for match in target.pattern.finditer(text):
                start, end = trimmed(text, match.start(), match.end())
                if end > start:
                    found.append((start, end, target))
        spans = []
        taken: dict[str, list[tuple[int, int]]] = {}
        for start, end, target in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            category = target.rule.category
            if any(s < end and start < e for s, e in taken.get(category, [])):
                continue
            span = doc.char_span(start, end, label=category, alignment_mode="expand")
            if span is None or not len(span):
                continue
            value = target.rule.metadata.get("value")
            span._.set(RULE_ATTR, target.rule_id)
            span._.set(FIELDS_ATTR, {"value": value} if value is not None else {})
            taken.setdefault(category, []).append((start, end))
            spans.append(span)
        spans.sort(key=lambda s: (s.start, s.end))
        existing = list(doc.spans[self.span_group]) if self.span_group in doc.spans else []
        doc.spans[self.span_group] = existing + spans
        return doc


@Language.factory(
    "nlp_checker_targets",
    default_config={"patterns_path": None, "span_group": "nlp_checker"},
)
def create_concept_matcher(
    nlp: Language, name: str, patterns_path: str | None, span_group: str
) -> ConceptMatcher:
    return ConceptMatcher(patterns_path, span_group)
