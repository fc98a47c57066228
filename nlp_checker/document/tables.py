"""Tables: rows under a header of aligned or delimited columns, flowsheets with one column per visit date,
and stacked tables (an HTML table exported one cell per line). Each row's cells get their column header and
the row its date and time.
"""

from __future__ import annotations

from nlp_checker.document.lines import (
    _DIGIT,
    Cell,
    Line,
    _assign_headers,
    _delimited,
    _is_header_text,
    _is_placeholder,
    _row_stamp,
    _segments,
    question_answer,
    written_date,
)
from nlp_checker.document.rules import compiled, load


def _classify_tables(lines: list[Line], doc_date: str | None) -> int:
    """Tables of aligned or delimited columns under a header row; returns how many were found."""
    table_id = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        spans = _segments(line)
        texts = [line.text[b - line.start : e - line.start] for b, e in spans]
        ruled = (
            index + 1 < len(lines)
            and _delimited(line)
            and bool(compiled("layout", "table_rule").match(lines[index + 1].text))
        )
        # Three or more named columns, or two between delimiters over a rule line ("TIME (hrs) | ACTIVITY").
        is_header = line.csv_header or (
            (len(spans) >= 3 or (len(spans) == 2 and ruled))
            and all(_is_header_text(t) for t in texts)
            and (len(line.text) > 20 or ruled)
        )
        if not is_header and _date_columns(texts):
            table_id += 1
            index = _classify_date_columns(lines, index, table_id, doc_date)
            continue
        if is_header and index + 1 < len(lines):
            following = [
                row
                for row in lines[index + 1 : index + 4]
                if row.text.strip() and not compiled("layout", "table_rule").match(row.text)
            ]
            # The first row may follow a cell wrapped onto lines of its own ("Prolastin-C" / "Liquid  4000
            # mg"), not a header's own second line above a rule ("Start Date>" / "Stop Date<" / "-----").
            first_row = next((row for row in following if len(_segments(row)) >= 2), None)
            if first_row is not None and first_row is not following[0]:
                between = lines[index + 1 : first_row.index]
                if any(compiled("layout", "table_rule").match(row.text) for row in between):
                    first_row = None
            if first_row is not None and _DIGIT.search(first_row.text):
                table_id += 1
                line.kind = "table_header"
                line.table_id = table_id
                line.cells = [Cell(b, e, line.text[b - line.start : e - line.start]) for b, e in spans]
                pipe = _delimited(line)
                cursor = index + 1
                while cursor < len(lines) and lines[cursor].text.strip():
                    row = lines[cursor]
                    if compiled("layout", "table_end_heading").match(row.text):
                        break  # the print's comments or notes under the grid are no longer its rows
                    if compiled("layout", "table_rule").match(row.text):
                        row.kind = "table_rule"
                    elif len(_segments(row)) >= 2 and not (
                        len(_segments(row)) >= 3
                        and all(
                            _is_header_text(row.text[b - row.start : e - row.start])
                            for b, e in _segments(row)
                        )
                    ):
                        row.kind = "table_row"
                        row.cells = question_answer(_assign_headers(row, line, pipe))
                        if len(spans) == 2:
                            row.cells = _label_column(row.cells)
                        _row_stamp(row, doc_date)
                    elif len(_segments(row)) >= 3:
                        break
                    else:
                        row.kind = "table_note"
                    row.table_id = table_id
                    cursor += 1
                _join_wrapped_cells(lines[index + 1 : cursor])
                index = cursor
                continue
        index += 1
    return table_id


def _wrapped_part(note: Line, row: Line) -> bool:
    """A short single-cell line at the indentation of ``row``'s first cell: a piece of that cell."""
    text = note.text.strip()
    indent = len(note.text) - len(note.text.lstrip())
    row_indent = len(row.text) - len(row.text.lstrip())
    limit = int(load("layout")["wrapped_cell_max_len"])
    return note.kind == "table_note" and 0 < len(text) <= limit and abs(indent - row_indent) <= 2


def _join_wrapped_cells(rows: list[Line]) -> None:
    """A row's first cell wrapped onto short lines of its own right above and below it ("Prolastin-C" /
    "Liquid   4000 mg ..." / "(alpha1-PI)"): each row keeps their text (``wrapped_cell``), so its drug column
    reads whole."""
    for position, row in enumerate(rows):
        if row.kind != "table_row":
            continue
        parts = []
        for step in (-1, 1):
            cursor = position + step
            while 0 <= cursor < len(rows) and abs(cursor - position) <= 2:
                if not _wrapped_part(rows[cursor], row):
                    break
                parts.append(rows[cursor].text.strip())
                cursor += step
        row.wrapped_cell = " ".join(parts)


def _label_column(cells: list[Cell]) -> list[Cell]:
    """A two-column form ("| Field | Documented |", "Item | Detail"): a row whose first cell is a label
    ("Start / stop | 10:22 / 10:41") labels its second cell; a time or value in the first cell keeps the
    column headers ("13.05 | Glassia started")."""
    if len(cells) != 2 or not cells[0].text.strip() or not _is_header_text(cells[0].text):
        return cells
    label, value = cells
    name = label.text.strip().rstrip(":?").strip()
    if value.header and "(" in value.header and "(" not in name:
        # The value column's qualifier carries over: "Value (mg unless noted)" -> "Dose (mg unless noted)".
        name = f"{name} {value.header[value.header.index('(') :]}"
    return [Cell(value.start, value.end, value.text, name, value.placeholder)]


def _date_columns(texts: list[str]) -> bool:
    """A header row whose columns are visit dates (after an optional label column)."""
    full_date = compiled("layout", "column_date")
    is_date = [bool(full_date.fullmatch(text.strip())) for text in texts]
    if sum(is_date) < 2:
        return False
    first, last = is_date.index(True), len(is_date) - 1 - is_date[::-1].index(True)
    # The dates side by side, after an optional label column and before named columns ("Ref Range & Units").
    return (
        all(is_date[first : last + 1])
        and first <= 1
        and all(_is_header_text(text) for text in texts[last + 1 :])
    )


def _classify_date_columns(lines: list[Line], index: int, table_id: int, doc_date: str | None) -> int:
    """A flowsheet with one column per visit date: each row is a field (its first cell), each value
    cell takes the field as its label and its column's date as its visit. Returns the next line."""
    header = lines[index]
    header.kind, header.table_id = "table_header", table_id
    pipe = _delimited(header)
    cursor = index + 1
    while cursor < len(lines) and lines[cursor].text.strip():
        row = lines[cursor]
        if compiled("layout", "table_end_heading").match(row.text):
            break
        row.table_id = table_id
        if compiled("layout", "table_rule").match(row.text):
            row.kind = "table_rule"
            cursor += 1
            continue
        cells = _assign_headers(row, header, pipe)
        label = cells[0].text.strip() if cells and not _column_date(cells[0].header, doc_date) else ""
        row.kind, row.cells = "table_row", []
        for cell in cells[1:] if label else cells:
            visit = _column_date(cell.header, doc_date)
            name = label if label and (visit or cell.header is None) else cell.header
            row.cells.append(Cell(cell.start, cell.end, cell.text, name, cell.placeholder, None, visit))
        if label:
            row.cells.insert(0, cells[0])
        cursor += 1
    return cursor


def _column_date(header: str | None, doc_date: str | None) -> str | None:
    if not header or not compiled("layout", "column_date").fullmatch(header.strip()):
        return None
    return written_date(header.split()[0], doc_date)


def _stacked_header(line: Line) -> bool:
    """A column header of a stacked table (an HTML table exported one cell per line)."""
    rules = load("layout")["stacked_tables"]
    if line.kind != "prose" or len(line.text) > 2 * int(rules["max_header_chars"]):
        return False
    stripped = line.text.strip()
    return (
        0 < len(stripped) <= int(rules["max_header_chars"])
        and len(stripped.split()) <= int(rules["max_header_words"])
        and _is_header_text(stripped)
        and not stripped.endswith(":")
        and not compiled("layout", "stacked_not_header").match(stripped)
        and not compiled("layout", "label_pair_unit").fullmatch(stripped)
    )


def _stacked_cell(line: Line) -> bool:
    """A line that can be a stacked table's cell: short, not a sentence, not a "Label: value" field."""
    stripped = line.text.strip()
    rules = load("layout")["stacked_tables"]
    if line.kind not in ("prose", "blank") or len(stripped) > int(rules["max_cell_chars"]):
        return False
    if stripped.endswith(".") and len(stripped.split()) >= int(rules["sentence_min_words"]):
        return False
    if compiled("layout", "label_pair_unit").fullmatch(stripped):
        return False  # a unit alone on its line belongs to a one-field-per-line form's field
    colon = compiled("layout", "colon_label").match(stripped)
    return not (colon and colon.group("value"))


def _banner_line(line: Line) -> bool:
    """A line of columns or a rule, never a stacked table's cell: a page banner or footer ("RIVERBEND
    AMBULATORY INFUSION SERVICES    CONFIDENTIAL    Page 1 of 2")."""
    return len(_segments(line)) >= 2 or bool(compiled("layout", "table_rule").match(line.text))


def _stacked_rows(lines: list[Line], start: int, width: int) -> list[list[Line]]:
    """Rows of ``width`` lines from ``start``: a row opens with a non-empty cell, holds a digit in one of its
    cells, and every line can be a cell; the first row that is not one ends the table."""
    rows: list[list[Line]] = []
    position = start
    while position + width <= len(lines):
        group = lines[position : position + width]
        if not group[0].text.strip() or not all(_stacked_cell(line) for line in group):
            break
        if not any(_DIGIT.search(line.text) for line in group):
            break
        if rows and _cell_shape(group[0]) != _cell_shape(rows[0][0]):
            break  # the first column changes shape: the form's next field, not another row
        rows.append(group)
        position += width
    return rows


def _cell_shape(line: Line) -> tuple[bool, bool]:
    """Empty or not, and whether the cell opens with a digit (an amount, a date, a time), not whether it holds
    one: "Prolastin-C Liquid (alpha1-PI)" and "Diphenhydramine HCl" are cells of one drug column."""
    text = line.text.strip()
    return (not text, text[:1].isdigit())


def _column_consistency(rows: list[list[Line]]) -> float:
    """How alike each column's cells are across rows (empty or not, digits or not), 0-1: a misread width
    mixes dates, names and amounts in one column."""
    if len(rows) < 2:
        return 0.5  # one row says nothing about its columns
    columns = list(zip(*rows, strict=True))
    shares = []
    for column in columns:
        shapes = [_cell_shape(line) for line in column]
        shares.append(max(shapes.count(shape) for shape in set(shapes)) / len(shapes))
    return round(sum(shares) / len(shares), 2)


def _best_stacking(lines: list[Line], index: int, run: int) -> tuple[int, int, list[list[Line]]] | None:
    """(title lines skipped, columns, rows) of the reading of a header run that yields the most rows ending
    at a blank line or the end; the run's last lines may be the first row's cells."""
    minimum = int(load("layout")["stacked_tables"]["min_columns"])
    best: tuple[tuple[bool, float, int, int], tuple[int, int, list[list[Line]]]] | None = None
    for skip in (0, 1):
        for width in range(minimum, run - skip + 1):
            rows = _stacked_rows(lines, index + skip + width, width)
            if not rows:
                continue
            after = index + skip + width * (len(rows) + 1)
            consistency = _column_consistency(rows)
            # The table ends at a blank line, the end, or the label of the form's next field after two rows
            # or more whose columns keep their shape, or a line that cannot be a cell (a page banner, a
            # rule) after two rows or more whose columns mostly keep it.
            clean = (
                after >= len(lines)
                or not lines[after].text.strip()
                or (len(rows) >= 2 and consistency == 1 and _stacked_header(lines[after]))
                or (len(rows) >= 2 and consistency >= 0.75 and _banner_line(lines[after]))
            )
            score = (clean, consistency, len(rows), -skip)
            if best is None or score > best[0]:
                best = (score, (skip, width, rows))
    return best[1] if best is not None and best[0][0] else None


def _classify_stacked(lines: list[Line], doc_date: str | None, table_id: int) -> None:
    """Stacked tables: a run of column-header lines, then rows of as many lines, one cell per line (an
    empty cell is an empty line). The run may open with the table's title."""
    index = 0
    while index < len(lines):
        if not _stacked_header(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _stacked_header(lines[end]):
            end += 1
        found = _best_stacking(lines, index, end - index)
        if found is None:
            index = end
            continue
        skip, width, rows = found
        table_id += 1
        header = lines[index + skip : index + skip + width]
        for line in header:
            line.kind, line.table_id = "table_header", table_id
            line.cells = [Cell(line.start, line.end, line.text)]
        for group in rows:
            _stack_row(group, header, table_id, doc_date)
        index = index + skip + width * (len(rows) + 1)


def _stack_row(group: list[Line], header: list[Line], table_id: int, doc_date: str | None) -> None:
    cells = []
    for column, line in zip(header, group, strict=True):
        stripped = line.text.strip()
        if not stripped:
            continue
        begin = line.start + len(line.text) - len(line.text.lstrip())
        cells.append(
            Cell(begin, begin + len(stripped), stripped, column.text.strip(), _is_placeholder(stripped))
        )
    stamp = Line(-1, 0, 0, "  ".join(cell.text for cell in cells))
    _row_stamp(stamp, doc_date)
    for line in group:
        line.table_id = table_id
        line.row_cells = cells
        line.row_date, line.row_time = stamp.row_date, stamp.row_time
        own = [cell for cell in cells if line.start <= cell.start <= line.end]
        if own:
            line.kind, line.cells = "table_row", own
