"""Joins soft-wrapped prose lines, keeping the document's real line structure.

Interface engines hard-wrap text: an HL7 v2 MDM sends a paragraph as one TX / FT OBX per 80-column line,
a FHIR attachment arrives with a newline every ~80 characters. The NLP treats a line end as a boundary
(sentences, ConText scope, key-value fields), so a wrapped paragraph splits "brother PI*ZZ, AAT level" from
the level it qualifies. ``join_wrapped_lines`` is the one function both readers use: the text it returns
is the document text (evidence offsets refer to it).

A line break is a soft wrap, and is replaced by one space, only when all of these hold:

- the document is hard-wrapped: its longest prose line is between ``MIN_WIDTH`` and ``MAX_WIDTH`` columns
  (text whose paragraphs are single long lines is never touched);
- the line is "full": the next line's first word would not have fitted on it within that width (the
  classic reflow test; a line that ends early ended on purpose);
- the break falls inside a sentence: the line ends on a comma, hyphen or a word that cannot end one
  ("of", "and", "no", "is", ...), or it ends without . ! ? : ; and the next line starts in lower case, with
  a digit or "(" (a break at a sentence end is left alone: it is a boundary either way);
- neither line is structure: not blank, not a list item, heading ("Plan:"), key-value line ("Lot: 123"),
  table or flowsheet row (a run of two spaces, a tab or "|"), or a line of a template's dashes / rules.
"""

from __future__ import annotations

import re

MIN_WIDTH = 50
MAX_WIDTH = 100

_LIST_ITEM = re.compile(r"^\s*(?:[-*•·+>]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\[[ xX]?\])\s")
_KEY_VALUE = re.compile(r"^\s*[A-Za-z][\w /#&().%'-]{0,38}?\s*:(?:\s|$)")
_TABLE = re.compile(r"\S(?: {2,}|\t)\S|\||\.{4,}|^\s*[-=_*~]{3,}\s*$")
_ROW_START = re.compile(r"^\s*\d{1,2}[:/]\d{2}\b")  # flowsheet / timeline rows: "11:12 Infusion completed"
# A line that ends like this stops mid-sentence ...
_OPEN_END = re.compile(
    r"(?:[,/(-]|\b(?:and|or|of|the|a|an|to|with|without|for|in|on|at|by|no|not|from|as|is|was|were|are|"
    r"be|his|her|their|its|than|vs|per|due|after|before|since|while|which|who|that)\s*)$",
    re.IGNORECASE,
)
# ... and a line that starts like this continues one.
_CONTINUATION = re.compile(r"^\s*(?:[a-z(]|\d)")
_CLOSED_END = re.compile(r"[.!?:;]\s*$")
_HEADING = re.compile(r"^[^a-z]{3,}$")  # ALL CAPS TITLE LINES
_LEADING_SPACE = re.compile(r"^\s+\S")


def _structural(line: str) -> bool:
    return bool(
        not line.strip()
        or _LIST_ITEM.match(line)
        or _TABLE.search(line)
        or line.rstrip().endswith(":")
        or _HEADING.match(line.strip())
        or _LEADING_SPACE.match(line)
        or _ROW_START.match(line)
    )


def _width(lines: list[str]) -> int:
    prose = [len(line.rstrip()) for line in lines if not _structural(line)]
    return max(prose, default=0)


def join_wrapped_lines(text: str) -> str:
    """``text`` with soft-wrapped prose lines joined by one space; unchanged when nothing is wrapped."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _width(lines)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return text
    out = [lines[0]]
    physical = lines[0]  # the last line as written (the reflow test looks at it, not at the joined line)
    for line in lines[1:]:
        words = line.split()
        full = bool(words) and len(physical.rstrip()) + 1 + len(words[0]) > width
        continues = bool(_OPEN_END.search(physical)) or (
            not _CLOSED_END.search(physical) and bool(_CONTINUATION.match(line))
        )
        if (
            full
            and continues
            and not _structural(physical)
            and not _structural(line)
            and not _KEY_VALUE.match(line)
        ):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        physical = line
    return "\n".join(out)


__all__ = ["join_wrapped_lines"]
