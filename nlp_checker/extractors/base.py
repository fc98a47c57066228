"""Regex value extractors: patterns come from ``patterns/extractors/<kind>.yaml``, logic stays here.

Patterns are matched on characters (identifiers such as ``PI*Z/Z`` or ``c.1096G>A`` span several tokens)
and aligned to tokens later by the pipeline component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nlp_checker.errors import RulesetError

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


def load_spec(path: Path) -> ExtractorSpec:
    """Read and validate one extractor file; errors name the file and the failing key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesetError(str(path), "", f"cannot read YAML: {exc}") from exc
    try:
        return ExtractorSpec.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        raise RulesetError(str(path), location, f"{first['msg']} (found {first.get('input')!r:.80})") from exc


def compile_pattern(rule: PatternRule, templates: dict[str, str], source: str) -> re.Pattern[str]:
    """Compile one pattern with its named flags after filling ``{TEMPLATE}`` placeholders."""
    text = rule.regex
    for name, template in templates.items():
        text = text.replace("{" + name + "}", template)
    flags = 0
    for flag in rule.flags:
        flags |= getattr(re, flag)
    try:
        return re.compile(text, flags)
    except re.error as exc:
        raise RulesetError(source, f"patterns.{rule.id}", f"invalid regular expression: {exc}") from exc


class RegexExtractor:
    """Runs the patterns of one spec over a text and normalizes every match."""

    def __init__(self, spec: ExtractorSpec, source: str = "") -> None:
        self.spec = spec
        self.kind = spec.kind
        self.lexicon = spec.lexicon
        self.source = source or spec.kind
        self.patterns = [(rule, compile_pattern(rule, spec.templates, self.source)) for rule in spec.patterns]
        self.triggers = tuple(t.lower() for t in spec.triggers)
        continuation = self.lexicon.get("continuation")
        self.continuation = re.compile(continuation, re.IGNORECASE) if continuation else None

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

    def continuation_fields(self, match: re.Match[str]) -> dict[str, Any] | None:
        """Normalized fields of a continued value (default: the value as written)."""
        return {"value": match["value"]}

    def make(self, match: re.Match[str], rule: PatternRule, **fields: Any) -> Extraction:
        return Extraction(
            kind=rule.group or self.kind,
            start=match.start(),
            end=match.end(),
            rule_id=f"{self.kind}.{rule.id}",
            fields=fields,
        )

    def normalize(self, match: re.Match[str], rule: PatternRule, text: str) -> Extraction | None:
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


def preceded_by(text: str, start: int, pattern: str | None, window: int) -> bool:
    """True when ``pattern`` matches the ``window`` characters before ``start`` (same line only)."""
    if not pattern:
        return False
    before = text[max(0, start - window) : start]
    before = before[before.rfind("\n") + 1 :]
    return re.search(pattern, before) is not None


def line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the line holding ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end
