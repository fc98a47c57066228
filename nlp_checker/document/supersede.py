"""Addenda and corrections: a value marked "entered in error" is replaced by its correction."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from nlp_checker.document.rules import load, memo


class _Finding(Protocol):
    value: object
    start: int
    end: int
    superseded: bool


F = TypeVar("F", bound=_Finding)


def _patterns() -> dict[str, re.Pattern[str]]:
    return memo("supersede._patterns", lambda: _build_patterns())


def _build_patterns() -> dict[str, re.Pattern[str]]:
    return {key: re.compile(value, re.IGNORECASE) for key, value in load("roles")["supersede"].items()}


def is_erroneous(text: str, start: int, end: int) -> bool:
    """True when the text around ``start:end`` says this value was entered in error."""
    pats = _patterns()
    before = text[max(0, start - 60) : start].replace("\n", " ")
    after = text[end : end + 60].replace("\n", " ")
    if pats["correction_before"].search(before):
        return False
    edited = bool(pats["edit_arrow_after"].search(after) and pats["edit_before"].search(before))
    return edited or bool(pats["error_after"].search(after) or pats["error_before"].search(before))


def is_correction(text: str, start: int) -> bool:
    """True when the value at ``start`` is given as the corrected one."""
    return bool(_patterns()["correction_before"].search(text[max(0, start - 60) : start].replace("\n", " ")))


def effective(findings: list[F], text: str) -> list[F]:
    """Mark the superseded findings of one kind in one document; return the list (same objects).

    A finding is superseded when its value is stated as entered in error anywhere in the document and
    it is not itself the correction; when a correction exists, older values of the kind that differ from
    it and sit before the correction are superseded too only if they were marked in error.
    """
    wrong = {str(f.value) for f in findings if is_erroneous(text, f.start, f.end)}
    corrections = {str(f.value) for f in findings if is_correction(text, f.start)}
    for finding in findings:
        marked = str(finding.value) in wrong and str(finding.value) not in corrections
        if marked or reversed_by_next_row(text, finding.end):
            finding.superseded = True
    return findings


def reversed_by_next_row(text: str, offset: int) -> bool:
    """True when the row after the one holding ``offset`` reverses it without restating a value (an audit
    trail's "Given (New Bag) 11/06 1022 ... 4,000 mg" then "Mistaken Administration 11/06 1022 ...")."""
    line_start = text.rfind("\n", 0, offset) + 1
    indent = len(text[line_start:offset]) - len(text[line_start:offset].lstrip())
    cursor = text.find("\n", offset)
    for _ in range(4):
        if cursor < 0:
            return False
        end = text.find("\n", cursor + 1)
        line = text[cursor + 1 : end if end >= 0 else len(text)]
        if not line.strip():
            return False
        if len(line) - len(line.lstrip()) <= indent + 2:
            pats = _patterns()
            return bool(pats["reversal_row"].match(line)) and not pats["restated_value"].search(line)
        cursor = end
    return False
