"""Pipeline settings read from ``patterns/pipeline.yaml`` and validated."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from nlp_checker.rules.files import read_rule_file, validate_rules

AssertionFlag = Literal["negated", "historical", "hypothetical", "family", "uncertain"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SoftWrapSettings(_Strict):
    """When a line break inside hard-wrapped prose continues the sentence (``pipeline/wraps.py``).

    Every pattern is data (``patterns/pipeline.yaml``); none has a default here."""

    # The line before the break is at least this long (stripped of trailing space): shorter lines ended early.
    min_line_length: int = Field(ge=1)
    # The line before the break ends its sentence or labels a field (". ! ? ; :").
    closed_end: re.Pattern[str]
    # A table or flowsheet row (any of these searched in each line after its indentation).
    table_row: list[re.Pattern[str]] = Field(min_length=1)
    # The line after the break is structure when it opens (after its indentation) with any of these.
    structured_start: list[re.Pattern[str]] = Field(min_length=1)
    # A section header or title line (matched against each stripped line).
    header: re.Pattern[str]
    # The break falls inside a sentence when the line after starts like this (lower case, a number, "(") ...
    continued_start: re.Pattern[str]
    # ... or the line before ends like this (a comma, a hyphen, an open parenthesis) ...
    open_end: re.Pattern[str]
    # ... or on one of these words, which do not end a sentence ("diagnosed with", "to rule out") ...
    open_words: frozenset[str]
    # ... or on a lower-case word (``word_end``) and the line after opens with a term in capitals
    # (``term_start``: "his brother's" / "ZZ genotype", "due to severe" / "AATD").
    word_end: re.Pattern[str]
    term_start: re.Pattern[str]

    @field_serializer("open_words")
    def _sorted(self, words: frozenset[str]) -> list[str]:
        """Written in a stable order (a saved pipeline's ``sentences.json`` is the same in every process)."""
        return sorted(words)


class SentenceSettings(_Strict):
    end_punctuation: list[str] = Field(default_factory=lambda: [".", "!", "?", ";"])
    continuation_words: list[str] = Field(default_factory=list)
    # None: every line break ends a sentence.
    soft_wrap: SoftWrapSettings | None = None


class SectionizerSettings(_Strict):
    require_start_line: bool = False
    max_section_length: int | None = None


class ContextSettings(_Strict):
    max_scope: int | None = Field(default=None, ge=1)
    prune_on_modifier_overlap: bool = True
    prune_on_target_overlap: bool = False


class ValueSettings(_Strict):
    skip_extractors: list[str] = Field(default_factory=list)


class SpelledNumberSettings(_Strict):
    """Dictated numbers read as digits when a unit follows ("eighty point one kilograms" -> "80.1")."""

    words: dict[str, int]
    scales: dict[str, int]
    decimal_point: str = "point"
    # What must follow a spelled number for it to be read (a unit, "percent").
    followed_by: str

    @field_validator("followed_by")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        return value


class MarkupSettings(_Strict):
    """Markdown markup blanked and dictated numbers read as digits before reading (``nlp_checker.markup``)."""

    trigger_characters: tuple[str, ...] = ("*", "_", "~")
    spelled_numbers: SpelledNumberSettings | None = None
    # Look-alike characters read as their ASCII form, one for one (a non-breaking hyphen or space, a subscript
    # digit, a typographic dash or quote, the micro sign): EHR copy and paste writes them for the plain ones.
    fold: dict[str, str] = Field(default_factory=dict)
    # Kinds whose value is a string quoted as written: it keeps the original characters of its span.
    values_as_written: tuple[str, ...] = ()
    # Each pattern has groups ``open`` and ``close``: the markers blanked around emphasized text.
    emphasis: tuple[str, ...] = ()
    # Struck-out text, blanked whole.
    struck: tuple[str, ...] = ()

    @field_validator("fold")
    @classmethod
    def _one_for_one(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = [k for k, v in value.items() if len(k) != 1 or len(v) != 1]
        if wrong:
            raise ValueError(f"fold maps one character to one character: {wrong}")
        return value

    @field_validator("emphasis")
    @classmethod
    def _has_markers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from exc
            if not {"open", "close"} <= set(compiled.groupindex):
                raise ValueError("an emphasis pattern needs the groups 'open' and 'close'")
        return value

    @field_validator("struck")
    @classmethod
    def _struck_compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from exc
        return value


class ListedOptionsSettings(_Strict):
    kinds: tuple[str, ...]
    min_items: int = Field(ge=2)
    join: str


class CheckboxSettings(_Strict):
    box: str
    # Characters one of which every box holds: a text without any has no box to look for.
    marks: str = "["

    @field_validator("box")
    @classmethod
    def _has_mark(cls, value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        if "mark" not in compiled.groupindex:
            raise ValueError("the checkbox pattern needs a named group 'mark' (empty when unticked)")
        return value


class PipelineSettings(_Strict):
    span_group: str = "nlp_checker"
    sentences: SentenceSettings = Field(default_factory=SentenceSettings)
    sectionizer: SectionizerSettings = Field(default_factory=SectionizerSettings)
    context: ContextSettings = Field(default_factory=ContextSettings)
    values: ValueSettings = Field(default_factory=ValueSettings)
    checkbox: CheckboxSettings | None = None
    listed_options: ListedOptionsSettings | None = None
    markup: MarkupSettings | None = None
    section_assertions: dict[str, list[AssertionFlag]] = Field(default_factory=dict)
    section_assertion_break: str = r"\n[ \t]*\n"
    # Per section category: where its assertion stops instead (default: section_assertion_break).
    section_assertion_breaks: dict[str, str] = Field(default_factory=dict)
    # Per section category: finding kinds its assertion does not touch.
    section_assertion_exempt: dict[str, list[str]] = Field(default_factory=dict)
    discrepancy_weight_tolerance: float = Field(default=0.02, ge=0, le=1)
    # Kinds whose evidence stays on the line of its value: a form exported one field per line ("Lot #" then
    # "GLS25M204") keeps the value's line, its label being the line above.
    one_line_evidence: list[str] = Field(default_factory=list)
    # Kind -> the most tokens a negation may stand before a measured value of that kind ("no new cough just
    # the usual phlegm weighed 150 lbs": the negation is the cough's).
    negation_reach: dict[str, int] = Field(default_factory=dict)
    regex_timeout_seconds: float = Field(default=1.0, gt=0, le=60)

    @field_validator("section_assertion_break")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from exc
        return value

    @field_validator("section_assertion_breaks")
    @classmethod
    def _all_compile(cls, value: dict[str, str]) -> dict[str, str]:
        for pattern in value.values():
            cls._compiles(pattern)
        return value


def load_pipeline_settings(path: Path) -> PipelineSettings:
    return validate_rules(PipelineSettings, read_rule_file(path), path)
