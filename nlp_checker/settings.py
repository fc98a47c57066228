"""Pipeline settings read from ``patterns/pipeline.yaml`` and validated."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from nlp_checker.rules.files import read_rule_file, validate_rules

AssertionFlag = Literal["negated", "historical", "hypothetical", "family", "uncertain"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SentenceSettings(_Strict):
    end_punctuation: list[str] = Field(default_factory=lambda: [".", "!", "?", ";"])
    continuation_words: list[str] = Field(default_factory=list)


class SectionizerSettings(_Strict):
    require_start_line: bool = False
    max_section_length: int | None = None


class ContextSettings(_Strict):
    max_scope: int | None = Field(default=None, ge=1)
    prune_on_modifier_overlap: bool = True
    prune_on_target_overlap: bool = False


class ValueSettings(_Strict):
    skip_extractors: list[str] = Field(default_factory=list)


class MarkupSettings(_Strict):
    """Markdown markup blanked before reading (``nlp_checker.markup``)."""

    trigger_characters: tuple[str, ...] = ("*", "_", "~")
    # Each pattern has groups ``open`` and ``close``: the markers blanked around emphasized text.
    emphasis: tuple[str, ...] = ()
    # Struck-out text, blanked whole.
    struck: tuple[str, ...] = ()

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


class CheckboxSettings(_Strict):
    box: str

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
    markup: MarkupSettings | None = None
    section_assertions: dict[str, list[AssertionFlag]] = Field(default_factory=dict)
    section_assertion_break: str = r"\n[ \t]*\n"
    # Per section category: where its assertion stops instead (default: section_assertion_break).
    section_assertion_breaks: dict[str, str] = Field(default_factory=dict)
    discrepancy_weight_tolerance: float = Field(default=0.02, ge=0, le=1)
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
