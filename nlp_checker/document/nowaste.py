"""Affirmative "no waste" statements ("No drug wasted - entire vial infused", "[x] No waste") as waste 0.

A statement counts only next to the infusion (a product, vial, infusion or dose cue on the line or a
neighbouring line) and not in unrelated text (a balloon "with no waste at minimal inflation pressure").
"""

from __future__ import annotations

import re

from nlp_checker.document.features import row_drug
from nlp_checker.document.layout import Layout
from nlp_checker.document.lines import Line
from nlp_checker.document.quantities import Quantity
from nlp_checker.document.rules import load, memo, vocab, vocab_texts


def _patterns() -> dict[str, re.Pattern[str]]:
    return memo("nowaste._patterns", lambda: _build_patterns())


def _build_patterns() -> dict[str, re.Pattern[str]]:
    cfg = load("roles")["no_waste"]
    anchor = vocab_texts()["anchor"]
    return {
        key: re.compile(value.replace("@anchor", f"(?:{anchor})"), re.IGNORECASE)
        for key, value in cfg.items()
    }


def no_waste_statements(layout: Layout) -> list[Quantity]:
    """Return a zero-waste candidate for every affirmative no-waste statement."""
    pats = _patterns()
    found: list[Quantity] = []
    for line in layout.lines:
        for match in pats["phrase"].finditer(line.text):
            if pats["unchecked"].search(line.text[: match.start()]):
                continue
            window = " ".join(x.text for x in layout.lines[max(0, line.index - 1) : line.index + 2])
            if not pats["context"].search(window) or pats["not_context"].search(window):
                continue
            start = line.start + match.start()
            found.append(
                Quantity("waste_statement", 0, "mg", start, line.start + match.end(), match.group(0))
            )
        found.extend(_empty_waste_cells(line, pats))
    return found


def _empty_waste_cells(line: Line, pats: dict[str, re.Pattern[str]]) -> list[Quantity]:
    """A waste column's cell that says there was none ("Waste" | "none", "0", "nil"), on a row whose
    medication column, if it has one, names an A1PI product."""
    if line.kind != "table_row":
        return []
    drug = row_drug(line)
    if drug.strip() and not vocab("anchor").search(drug):
        return []
    return [
        Quantity("waste_statement", 0, "mg", cell.start, cell.end, cell.text)
        for cell in line.cells
        if cell.header
        and pats["waste_header"].search(cell.header)
        and pats["none_cell"].fullmatch(cell.text.strip())
    ]
