"""Field types for rule models: a regex string compiled (with a time limit) while the file is validated."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import ConfigDict, PlainSerializer, PlainValidator, ValidationInfo

from nlp_checker.rules.regex import DEFAULT_TIMEOUT_SECONDS, RulePattern, compile_rule

STRICT = ConfigDict(extra="forbid", frozen=True)


def _compiler(flags: tuple[str, ...]) -> Any:
    def compile_field(value: Any, info: ValidationInfo) -> RulePattern:
        if isinstance(value, RulePattern):
            return value
        if not isinstance(value, str) or not value:
            raise ValueError("expected a regular expression string")
        context = info.context or {}
        return compile_rule(
            value,
            str(context.get("file", "<rules>")),
            str(info.field_name or "pattern"),
            flags,
            timeout=float(context.get("regex_timeout", DEFAULT_TIMEOUT_SECONDS)),
        )

    return compile_field


def _text(pattern: RulePattern) -> str:
    return pattern.text


RegexField = Annotated[RulePattern, PlainValidator(_compiler(())), PlainSerializer(_text)]
"""A regular expression from a rule file (inline flags such as ``(?i)`` allowed)."""

IgnoreCaseRegexField = Annotated[
    RulePattern, PlainValidator(_compiler(("IGNORECASE",))), PlainSerializer(_text)
]
"""A regular expression from a rule file, matched case-insensitively."""
