"""Regex value extractors: patterns come from ``patterns/extractors/<kind>.yaml``, logic stays here.

Patterns are matched on characters (identifiers such as ``PI*Z/Z`` or ``c.1096G>A`` span several tokens)
and aligned to tokens later by the pipeline component.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from nlp_checker.errors import RulesetError
from nlp_checker.normalize import Units
from nlp_checker.rules.files import read_rule_file, validate_rules
from nlp_checker.rules.regex import DEFAULT_TIMEOUT_SECONDS, Match, RulePattern, compile_rule
from nlp_checker.rules.types import STRICT

RegexFlag = Literal["IGNORECASE", "VERBOSE", "MULTILINE", "DOTALL"]


class PatternRule(BaseModel):
    """One regular expression of an extractor file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    regex: str = Field(min_length=1)
    flags: list[RegexFlag] = Field(default_factory=list)
    value: Any = None
    group: str | None = None


class ExtractorSpec(BaseModel):
    """The content of one ``patterns/extractors/<kind>.yaml`` file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str
    triggers: list[str] = Field(default_factory=list)
    templates: dict[str, str] = Field(default_factory=dict)
    patterns: list[PatternRule] = Field(min_length=1)
    lexicon: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class Extraction:
    """A value found in text, before token alignment and assertions."""

    kind: str
    start: int
    end: int
    rule_id: str
    fields: dict[str, Any] = field(default_factory=dict)


class NoLexicon(BaseModel):
    """Extractors without knobs accept an empty ``lexicon`` only."""

    model_config = STRICT


def load_spec(path: Path) -> ExtractorSpec:
    """Read and validate one extractor file; errors name the file and the failing key."""
    return validate_rules(ExtractorSpec, read_rule_file(path), path)


def compile_pattern(
    rule: PatternRule, templates: dict[str, str], source: str, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> RulePattern:
    """Compile one pattern with its named flags after filling ``{TEMPLATE}`` placeholders."""
    text = rule.regex
    for name, template in templates.items():
        text = text.replace("{" + name + "}", template)
    try:
        return compile_rule(text, source, f"patterns.{rule.id}", rule.flags, timeout)
    except ValueError as exc:
        raise RulesetError(source, f"patterns.{rule.id}", str(exc)) from None


class RegexExtractor:
    """Runs the patterns of one spec over a text and normalizes every match.

    Subclasses declare ``lexicon_model``: the typed knobs of their ``lexicon`` block (unknown keys are
    errors, regexes are compiled with the rule time limit while the file is validated).
    """

    lexicon_model: ClassVar[type[BaseModel]] = NoLexicon
    # Named groups ``normalize`` reads from every match (rules with a fixed ``value`` need none): checked when
    # the rule file loads, so an edited pattern fails at start-up, never on a chart.
    required_groups: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        spec: ExtractorSpec,
        units: Units,
        source: str = "",
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        self.spec = spec
        self.units = units
        self.kind = spec.kind
        self.source = source or spec.kind
        self.lexicon: Any = validate_rules(
            self.lexicon_model, spec.lexicon, self.source, {"regex_timeout": timeout}
        )
        self.patterns = [
            (rule, compile_pattern(rule, spec.templates, self.source, timeout)) for rule in spec.patterns
        ]
        for rule, pattern in self.patterns:
            missing = [g for g in self.required_groups if g not in pattern.pattern.groupindex]
            if missing and rule.value is None:
                raise RulesetError(
                    self.source, f"patterns.{rule.id}", f"the pattern needs the named groups {missing}"
                )
        self.triggers = tuple(t.lower() for t in spec.triggers)
        self.continuation: RulePattern | None = getattr(self.lexicon, "continuation", None)

    def triggered(self, lower_text: str) -> bool:
        """Cheap prefilter: False when no trigger substring occurs, so no pattern can match."""
        return not self.triggers or any(t in lower_text for t in self.triggers)

    def extract(self, text: str) -> list[Extraction]:
        found: list[Extraction] = []
        for rule, pattern in self.patterns:
            for match in pattern.finditer(text):
                extraction = self.normalize(match, rule, text)
                if extraction is not None:
                    found.append(extraction)
        found = drop_overlaps(found)
        return found + self.continued(text, found) if self.continuation is not None else found

    def continued(self, text: str, found: list[Extraction]) -> list[Extraction]:
        """Further values listed right after a match (lexicon ``continuation``, a regex with a ``value``
        group tried repeatedly at the end of each match): "Lot # A2K114523 (20 g), A2K114590 (10 g)"."""
        assert self.continuation is not None
        more = []
        for first in found:
            position = first.end
            while (match := self.continuation.match(text, position)) is not None:
                fields = self.continuation_fields(match)
                if fields is not None:
                    more.append(
                        Extraction(
                            kind=first.kind,
                            start=match.start("value"),
                            end=match.end(),
                            rule_id=f"{self.kind}.continuation",
                            fields=fields,
                        )
                    )
                position = match.end()
        return more

    def continuation_fields(self, match: Match) -> dict[str, Any] | None:
        """Normalized fields of a continued value (default: the value as written)."""
        return {"value": match["value"]}

    def make(self, match: Match, rule: PatternRule, **fields: Any) -> Extraction:
        return Extraction(
            kind=rule.group or self.kind,
            start=match.start(),
            end=match.end(),
            rule_id=f"{self.kind}.{rule.id}",
            fields=fields,
        )

    def normalize(self, match: Match, rule: PatternRule, text: str) -> Extraction | None:
        """Turn one regex match into an extraction, or None to drop it."""
        raise NotImplementedError


def drop_overlaps(extractions: list[Extraction]) -> list[Extraction]:
    """Keep the longest of overlapping extractions of one kind (two patterns often match one statement)."""
    kept: list[Extraction] = []
    for candidate in sorted(extractions, key=lambda e: (e.start - e.end, e.start)):
        # Longest first: a statement matched by two patterns ("Dose given: 4,800 mg") is kept once.
        if not any(
            k.kind == candidate.kind and k.start < candidate.end and candidate.start < k.end for k in kept
        ):
            kept.append(candidate)
    return sorted(kept, key=lambda e: (e.start, e.end))


def preceded_by(text: str, start: int, pattern: RulePattern | None, window: int) -> bool:
    """True when ``pattern`` matches the ``window`` characters before ``start`` (same line only)."""
    if pattern is None:
        return False
    before = text[max(0, start - window) : start]
    before = before[before.rfind("\n") + 1 :]
    return pattern.search(before) is not None


def line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the line holding ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end
