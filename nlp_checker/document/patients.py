"""Rows of another patient: an infusion-room census or chair schedule lists several patients on one sheet.

The chart's patient is named in its documents ("Patient: HAUGLAND, EINAR T"); a table row whose patient or
name column names somebody else documents that person's dose, times and lot, not this patient's. Patterns:
``patients`` in ``patterns/document/fields.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nlp_checker.document.layout import Layout
from nlp_checker.document.rules import load, memo


def _patterns() -> dict[str, re.Pattern[str]]:
    return memo(
        "patients._patterns",
        lambda: {k: re.compile(v, re.IGNORECASE) for k, v in _cfg().items() if isinstance(v, str)},
    )


def _cfg() -> dict[str, object]:
    return load("fields")["patients"]  # type: ignore[no-any-return]


def _tokens(name: str) -> frozenset[str]:
    return frozenset(word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", name))


def patient_names(texts: Iterable[str]) -> frozenset[str]:
    """Name tokens of the chart's patient, from "Patient: ..." lines of its documents."""
    label = _patterns()["label"]
    tokens: set[str] = set()
    for text in texts:
        for match in label.finditer(text):
            tokens |= _tokens(match.group("name"))
    return frozenset(tokens)


def other_patient(layout: Layout, offset: int, names: frozenset[str]) -> bool:
    """True when ``offset`` lies in a table row whose patient or name cell names somebody else."""
    if not names:
        return False
    line = layout.line_at(offset)
    if line.kind != "table_row":
        return False
    header = _patterns()["column"]
    for cell in line.row_cells if line.row_cells is not None else line.cells:
        if cell.header and header.search(cell.header) and cell.text.strip():
            written = _tokens(cell.text)
            return bool(written) and not (written & names)
    return False
