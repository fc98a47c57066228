"""Regular expressions from rule files: compiled once with the ``regex`` package, run with a time limit.

A site can edit ``patterns/``; one pattern that backtracks catastrophically must not hang a worker. Every
match call passes a timeout (presidio does the same) and a pattern that exceeds it raises
``RuleTimeoutError`` naming its file and rule, instead of running on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from nlp_checker.errors import RuleTimeoutError

DEFAULT_TIMEOUT_SECONDS = 1.0
FLAGS = {
    "IGNORECASE": regex.IGNORECASE,
    "VERBOSE": regex.VERBOSE,
    "MULTILINE": regex.MULTILINE,
    "DOTALL": regex.DOTALL,
}
Match = Any  # regex.Match[str]: the regex package ships no stubs


@dataclass(frozen=True)
class RulePattern:
    """A compiled rule pattern that knows where it came from and how long it may run."""

    pattern: Any  # regex.Pattern[str]
    file: str
    location: str
    timeout: float = DEFAULT_TIMEOUT_SECONDS

    @property
    def text(self) -> str:
        return str(self.pattern.pattern)

    def _timed_out(self) -> RuleTimeoutError:
        return RuleTimeoutError(self.file, self.location, self.timeout)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        end = len(text) if endpos is None else endpos
        try:
            yield from self.pattern.finditer(text, pos, end, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        end = len(text) if endpos is None else endpos
        try:
            return self.pattern.search(text, pos, end, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        end = len(text) if endpos is None else endpos
        try:
            return self.pattern.match(text, pos, end, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def fullmatch(self, text: str) -> Match | None:
        try:
            return self.pattern.fullmatch(text, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None


def compile_rule(
    pattern: str,
    file: str,
    location: str,
    flags: Iterable[str] | int = (),
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> RulePattern:
    """Compile a rule file's pattern; raises ``ValueError`` (for validators) on a bad one."""
    value = flags if isinstance(flags, int) else 0
    if not isinstance(flags, int):
        for name in flags:
            value |= FLAGS[name]
    try:
        compiled = regex.compile(pattern, value)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    return RulePattern(compiled, file, location, timeout)
