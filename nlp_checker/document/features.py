"""Evidence around a candidate: the text before and after it inside its clause and cell, its label or
column header, its table row, section, neighbouring lines, and whether an A1PI product is near."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp_checker.document.layout import Layout
from nlp_checker.document.lines import Cell, Line, _segments, column_words
from nlp_checker.document.quantities import Quantity
from nlp_checker.document.rules import compiled, vocab

_NEIGHBOUR_KINDS = {"mass", "mass_per_kg", "volume", "time", "concentration"}
_SPACES = re.compile(r"[ \t]{2,}")


@dataclass
class Context:
    """The features of one candidate (all lower case text, except booleans turned into words)."""

    values: dict[str, str]


def _segment(line: Line, q: Quantity) -> tuple[int, int]:
    for cell in line.cells:
        if cell.start <= q.start and q.end <= max(cell.end, cell.start):
            return cell.start, cell.end
    for begin, end in _segments(line):
        if begin <= q.start and q.end <= end:
            return begin, end
    return line.start, line.end


def _row_text(line: Line, q: Quantity) -> str:
    if line.kind not in ("table_row", "timed_row"):
        return ""
    parts = []
    for cell in line.row_cells if line.row_cells is not None else line.cells:
        if cell.start <= q.start < max(cell.end, cell.start + 1):
            continue
        text = cell.text.strip()
        if re.fullmatch(r"[\d/:\s]+(?:[ap]\.?m\.?)?|--|—", text, re.IGNORECASE):
            continue
        parts.append(text)
    row = " ".join(parts)
    if line.kind == "timed_row":
        chars = list(line.text)
        # A field's label stands between the previous cell and its value.
        for start, end in [(q.start, q.end)] + [
            (line.cells[i - 1].end if i else line.start, cell.end)
            for i, cell in enumerate(line.cells)
            if _own_timed_field(cell, q)
        ]:
            chars[start - line.start : end - line.start] = " " * (end - start)
        row = "".join(chars).replace("|", " ")
        row = re.sub(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?", " ", row)
    return row


def _own_timed_field(cell: Cell, q: Quantity) -> bool:
    """A labelled field with its own time beside a timed row ("13:46  BP 116/70 ...   Infusion end .... 14:03"
    in a two-column print): its label cues its own time, not the row's."""
    return (
        bool(cell.header)
        and not (cell.start <= q.start < cell.end)
        and bool(compiled("layout", "field_own_time").search(cell.text))
    )


def row_drug(line: Line, offset: int = -1) -> str:
    """The text of a table row's medication column ("Medication", "Drug", "Product"): which drug the row's
    dose, time, lot or waste belongs to ("| Alendronate | 70 mg | weekly |"); not the cell at ``offset``."""
    if line.kind != "table_row":
        return ""
    column = vocab("drug_column")
    for cell in line.row_cells if line.row_cells is not None else line.cells:
        if cell.header and column.search(cell.header) and not (cell.start <= offset < cell.end):
            return f"{cell.text} {line.wrapped_cell}" if line.wrapped_cell else cell.text
    return ""


def features(layout: Layout, q: Quantity, neighbours: list[Quantity], doc_anchor: bool) -> Context:
    """Compute the features the decision list reads."""
    text = layout.text
    line = layout.line_at(q.start)
    seg_start, seg_end = _segment(line, q)
    in_value = True
    cell = layout.cell_at(q.start)
    if cell is None or not (cell.start <= q.start):
        in_value = False
    left = [
        n.end
        for n in neighbours
        if n.kind in _NEIGHBOUR_KINDS and seg_start <= n.end <= q.start and n is not q
    ]
    # An equivalent in parentheses right after the value ("5,400 mg (108 mL) infused") does not end
    # its context.
    aside = compiled("layout", "parenthetical_after").match(text, q.end, seg_end)
    aside_end = aside.end() if aside else q.end
    right = [
        n.start
        for n in neighbours
        if n.kind in _NEIGHBOUR_KINDS and max(q.end, aside_end) <= n.start <= seg_end and n is not q
    ]
    clause_before = text[seg_start : q.start]
    cut = list(compiled("layout", "clause_end").finditer(clause_before))
    if cut:
        clause_before = clause_before[cut[-1].end() :]
    clause_after = text[q.end : seg_end]
    stop = compiled("layout", "clause_end").search(clause_after)
    if stop:
        clause_after = clause_after[: stop.start()]
    before = text[max([seg_start, q.start - len(clause_before), *left]) : q.start]
    after = text[q.end : min([seg_end, q.end + len(clause_after), *right])]
    label_here = cell is not None and bool(cell.header) and in_value
    wrapped = line.kind == "prose" and line.logical_start < line.start and line.index > 0 and not label_here
    if wrapped:
        previous = layout.lines[line.index - 1].text
        tail = re.split(r"[.;]\s", previous)[-1]
        if not re.search(r"[a-z]", text[line.start : q.start], re.IGNORECASE):
            # A value opening a wrapped line: the words before it end the line above.
            before = tail + " " + before
            clause_before = tail + " " + clause_before
        elif not cut and seg_start == line.start and compiled("layout", "open_line_end").search(previous):
            # A sentence broken after a word that cannot end it: its clause began on the line above ("I
            # started the" / "Prolastin-C infusion at 10:12").
            clause_before = tail + " " + clause_before
        elif not cut and seg_start == line.start and compiled("layout", "open_line_start").match(before):
            # ... or before a word that cannot open one ("Total dose today" / "was 5 grams").
            before = tail + " " + before
            clause_before = tail + " " + clause_before
    index = line.index
    window = " ".join(x.text for x in layout.lines[max(0, index - 1) : index + 2])
    anchor_re = vocab("anchor")
    label = cell.header if (cell is not None and cell.header and in_value) else ""
    if (
        label
        and cell is not None
        and compiled("layout", "field_sentence_break").search(text[cell.start : q.start])
    ):
        # "Product: Glassia 1 g vials x 4, lot LE40K912. Dose 4,000 mg.": a later sentence of the field's
        # value is not under its label.
        label = ""
    row = _row_text(line, q)
    drug = row_drug(line, q.start) or (layout.entry_drug(line) if line.kind == "key_value" else "")
    anchor = "line" if anchor_re.search(line.row_text) else ("doc" if doc_anchor else "none")
    blocks = layout.blocks_at(q.start)
    values = {
        "before": before.lower(),
        "after": after.lower(),
        "clause_before": clause_before.lower(),
        "clause_after": clause_after.lower(),
        "clause": (clause_before + q.text + clause_after).lower(),
        # A system field name ("dose_given_mg") reads as words; a clinical label ("SpO2") stays as written.
        "label": (column_words(label) if "_" in label else label).lower(),
        "row": row.lower(),
        "row_drug": drug.lower(),
        "line": line.row_text.lower(),
        "section": (line.section or "").lower(),
        "window": window.lower(),
        "unit": (q.unit or "").lower(),
        "text": q.text.lower(),
        "kind": q.kind + ("_placeholder" if q.extra.get("in_placeholder") else ""),
        "range_pos": q.range_pos or "none",
        "anchor": anchor,
        "block": blocks[0].kind if blocks else "none",
        "line_kind": line.kind,
        "parent": layout.drug_heading(
            line, [vocab("anchor"), vocab("other_drug")], [vocab("drug_order")]
        ).lower(),
    }
    if q.extra.get("in_placeholder"):
        values["kind"] = "placeholder"
    if line.spaced:
        # Words parted by two spaces (a fax or RTF conversion) read as written with one.
        values = {key: _SPACES.sub(" ", value) for key, value in values.items()}
    return Context(values)
