"""Soft wraps: a line break inside hard-wrapped prose continues the sentence instead of ending it.

Fax, RTF and transcription exports wrap prose at 60-100 columns, so "Her sister was recently diagnosed
with" and "alpha-1 antitrypsin deficiency" are one sentence on two lines. A line break is a soft wrap
(``soft_wrapped``) when all of these hold; otherwise it ends the sentence as before:

- the line before it is long enough to have been wrapped (``min_line_length``);
- that line does not end its sentence or label a field (``closed_end``: . ! ? ; :);
- neither line is a table or flowsheet row (``table_row``, looked for after the indentation), a section
  header or title (``header``), and the line after it is not blank and does not open with a bullet,
  a list number, a "Label:", or a row time (``structured_start``);
- the break falls inside a sentence: the line after starts in lower case, with a number or "("
  (``continued_start``); or the line before ends on a comma, a hyphen or an open parenthesis (``open_end``),
  or on a word that does not end a sentence ("with", "of", "to", ``open_words``); or it ends on another
  lower-case word (``word_end``) and the line after opens with a term in capitals ("AATD", "PI*ZZ",
  ``term_start``). A capitalized word after an unpunctuated line ("... no waste" / "Tolerated well.") is
  the start of a new line of structure, not a continuation.

All patterns are data: ``sentences.soft_wrap`` in ``patterns/pipeline.yaml``, typed in ``settings.py``.
"""

from __future__ import annotations

from itertools import pairwise

from nlp_checker.settings import SoftWrapSettings


def soft_wrapped(previous_line: str, next_line: str, settings: SoftWrapSettings) -> bool:
    """True when the line break between ``previous_line`` and ``next_line`` continues a sentence."""
    previous = previous_line.rstrip()
    following = next_line.strip()
    if len(previous) < settings.min_line_length or not following:
        return False
    if settings.closed_end.search(previous):
        return False
    before = previous.lstrip()
    if any(row.search(before) or row.search(following) for row in settings.table_row):
        return False
    if settings.header.match(before) or settings.header.match(following):
        return False
    if any(start.match(following) for start in settings.structured_start):
        return False
    if settings.continued_start.match(next_line) or settings.open_end.search(previous):
        return True
    if previous.rsplit(None, 1)[-1] in settings.open_words:
        return True
    return bool(settings.word_end.search(previous) and settings.term_start.match(next_line))


def soft_wrap_offsets(text: str, settings: SoftWrapSettings) -> list[int]:
    """Offsets of the line breaks ("\\n") in ``text`` that are soft wraps."""
    offsets: list[int] = []
    if "\n" not in text:
        return offsets
    lines = text.split("\n")
    minimum = settings.min_line_length
    position = 0
    for previous, following in pairwise(lines):
        position += len(previous)
        # The length test first: most lines of structured text are short, and it costs nothing.
        if len(previous) >= minimum and soft_wrapped(previous, following, settings):
            offsets.append(position)
        position += 1
    return offsets


__all__ = ["soft_wrap_offsets", "soft_wrapped"]
