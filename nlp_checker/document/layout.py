"""Document structure: lines, cells (with their column header or field label), tables, blocks.

Pure string work with character offsets into the original text. Every vocabulary lives in
``patterns/document/layout.yaml``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from nlp_checker.document.rules import compiled, load
from nlp_checker.normalize import parse_date


@dataclass
class Cell:
    """A stretch of one line: a table cell, a field's value, or a segment of prose."""

    start: int
    end: int
    text: str
    header: str | None = None
    placeholder: bool = False
    checked: bool | None = None
    # The visit date of a column (a flowsheet with one column per visit date).
    date: str | None = None


@dataclass
class Line:
    """One physical line with its classification and cells."""

    index: int
    start: int
    end: int
    text: str
    kind: str = "prose"
    cells: list[Cell] = field(default_factory=list)
    row_date: str | None = None
    row_time: str | None = None
    section: str | None = None
    table_id: int | None = None
    logical_start: int = 0
    # A document whose words are parted by two spaces (fax/RTF exports): cells are parted by three or more.
    spaced: bool = False
    # A row of a stacked table (one cell per line): every cell of the row; this line holds one of them.
    row_cells: list[Cell] | None = None
    # The nearest line above with less indentation (an indented line's heading: a MAR's drug line).
    parent: int | None = None
    spans_cache: dict[bool, list[tuple[int, int]]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def row_text(self) -> str:
        """The text of the line's table row: the line, or the cells of a stacked row joined."""
        if self.row_cells is None:
            return self.text
        return "  ".join(cell.text for cell in self.row_cells)


@dataclass
class Block:
    """An addendum or a copied-forward stretch of text."""

    kind: str
    start: int
    end: int
    date: str | None


@dataclass
class Layout:
    """The structure of one document."""

    text: str
    lines: list[Line]
    blocks: list[Block]
    _starts: list[int] = field(default_factory=list, repr=False)

    def line_at(self, offset: int) -> Line:
        """Return the line that holds ``offset``."""
        if not self._starts:
            self._starts = [line.start for line in self.lines]
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.lines[index]

    def cell_at(self, offset: int) -> Cell | None:
        """Return the cell that holds ``offset``, if any."""
        for cell in self.line_at(offset).cells:
            if cell.start <= offset < max(cell.end, cell.start + 1):
                return cell
        return None

    def blocks_at(self, offset: int) -> list[Block]:
        """Return the blocks that contain ``offset``."""
        return [block for block in self.blocks if block.start <= offset < block.end]


def _is_spaced(text: str) -> bool:
    """True when the document's words are parted by two spaces, not one (a fax or RTF conversion)."""
    rules = load("layout")["spaced_words"]
    if text.count("  ") < int(rules["min_double_gaps"]):  # each double gap holds two spaces
        return False
    single = sum(1 for _ in compiled("layout", "single_gap").finditer(text))
    double = sum(1 for _ in compiled("layout", "double_gap").finditer(text))
    return double >= int(rules["min_double_gaps"]) and single <= float(rules["max_single_share"]) * (
        single + double
    )


def _split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    position = 0
    spaced = _is_spaced(text)
    for index, raw in enumerate(text.split("\n")):
        lines.append(Line(index, position, position + len(raw), raw, spaced=spaced))
        position += len(raw) + 1
    return lines


def _is_csv(line: Line) -> bool:
    return compiled("layout", "csv_row").match(line.text) is not None


def _delimited(line: Line) -> bool:
    """A row whose cells are delimited (pipes, quoted comma-separated fields), not aligned in columns."""
    return line.text.count("|") >= 2 or _is_csv(line)


def _segments(line: Line, keep_empty: bool = False) -> list[tuple[int, int]]:
    """Split a line into (start, end) offsets: pipes, tabs, or runs of two or more spaces (computed once
    per line; callers must not change the list)."""
    cached = line.spans_cache.get(keep_empty)
    if cached is None:
        cached = line.spans_cache[keep_empty] = _split_segments(line, keep_empty)
    return cached


def _split_segments(line: Line, keep_empty: bool) -> list[tuple[int, int]]:
    text = line.text
    if _is_csv(line):
        cells: list[tuple[int, int]] = []
        for match in compiled("layout", "csv_field").finditer(text):
            value = match.group("value")
            lead = len(value) - len(value.lstrip())
            begin = line.start + match.start("value") + lead
            if value.strip():
                cells.append((begin, begin + len(value.strip())))
            elif keep_empty:
                cells.append((begin, begin))
        return cells
    pipe = text.count("|") >= 2
    if pipe:
        spans, begin = [], 0
        for match in re.finditer(r"\|", text):
            spans.append((begin, match.start()))
            begin = match.end()
        spans.append((begin, len(text)))
        if text.count("|") == 2:
            # A boxed line ("| Administered: 4,120 mg      Discarded: 380 mg |") is one row of a form, not a
            # table: a wide gap inside the box parts its fields.
            spans = [part for chunk in spans for part in _gap_split(text, chunk)]
    else:
        separator = compiled("layout", "cell_separator_spaced" if line.spaced else "cell_separator")
        spans, begin = [], 0
        for match in separator.finditer(text):
            spans.append((begin, match.start()))
            begin = match.end()
        spans.append((begin, len(text)))
    out = []
    for begin, end in spans:
        chunk = text[begin:end]
        stripped = chunk.strip()
        if not stripped and keep_empty and pipe:
            out.append((line.start + begin, line.start + begin))
        elif stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((line.start + begin + lead, line.start + begin + lead + len(stripped)))
    return out


def _gap_split(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    begin, end = span
    parts, start = [], begin
    for match in compiled("layout", "boxed_field_gap").finditer(text[begin:end]):
        parts.append((start, begin + match.start()))
        start = begin + match.end()
    parts.append((start, end))
    return parts


_HEADER_UNIT = re.compile(r"\((?:mg|g|kg|ml|ml/hr|ml/min|mL|lb|cm)\)", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _is_header_text(text: str) -> bool:
    if "(" in text:
        text = _HEADER_UNIT.sub("", text)
    return _LETTER.search(text) is not None and _DIGIT.search(text) is None


def _is_placeholder(value: str) -> bool:
    return bool(compiled("layout", "placeholder").search(value.strip())) or bool(
        compiled("layout", "placeholder_inline").search(value)
    )


def _label_cells(text: str, line: Line, spans: list[tuple[int, int]]) -> list[Cell]:
    """Turn segments of a non-table line into cells, finding field labels."""
    cells: list[Cell] = []
    pending_label: str | None = None
    checkbox = compiled("layout", "checkbox")
    for begin, end in spans:
        chunk = text[begin:end]
        checked = None
        box = checkbox.search(chunk)
        if box:
            checked = box.group(1).strip() != ""
        leader = compiled("layout", "dotted_leader").match(chunk)
        colon = compiled("layout", "colon_label").match(chunk)
        colon = colon or compiled("layout", "question_label").match(chunk)
        if leader and leader.group("label").strip():
            label = leader.group("label").strip()
            value_start = begin + leader.start("value")
            value = leader.group("value")
            cells.append(
                Cell(value_start, end, value, label, _is_placeholder(value) or not value.strip(), checked)
            )
            pending_label = None
        elif colon and not re.search(
            r"\d:\d", chunk[: colon.end("label") + 2] if colon.group("label") else ""
        ):
            label = (colon.group("label") or colon.group("label2") or "").strip()
            if colon.group("label2"):
                cells.append(Cell(end, end, "", label, True, checked))
                pending_label = label
                continue
            value_start = begin + colon.start("value")
            value = colon.group("value")
            cells.append(Cell(value_start, end, value, label, _is_placeholder(value), checked))
            pending_label = None
        elif pending_label is not None and not _is_header_text(chunk):
            # "Lot      | 11J4C077": a bar between a label and its value separates; it is not the value.
            bar = re.match(r"\|\s*", chunk)
            if bar:
                begin, chunk = begin + bar.end(), chunk[bar.end() :]
            cells.append(Cell(begin, end, chunk, pending_label, _is_placeholder(chunk), checked))
            if cells and cells[-2:-1] and cells[-2].header == pending_label and not cells[-2].text:
                cells.pop(-2)
            pending_label = None
        else:
            if _is_header_text(chunk) and len(chunk) <= 40 and len(spans) > 1 and checked is None:
                cells.append(Cell(end, end, "", chunk.strip(), True, None))
                pending_label = chunk.strip()
                continue
            cells.append(Cell(begin, end, chunk, None, _is_placeholder(chunk), checked))
            pending_label = None
    return cells


def _header_columns(header: Line) -> list[tuple[int, int, str]]:
    spans = _segments(header)
    return [
        (begin - header.start, end - header.start, header.text[begin - header.start : end - header.start])
        for begin, end in spans
    ]


def _assign_headers(row: Line, header: Line, pipe: bool) -> list[Cell]:
    columns = _header_columns(header)
    cells: list[Cell] = []
    spans = _segments(row, keep_empty=pipe)
    if pipe and _delimited(header):
        columns = [
            (b - header.start, e - header.start, header.text[b - header.start : e - header.start])
            for b, e in _segments(header, keep_empty=True)
        ]
        for index, (begin, end) in enumerate(spans):
            name = columns[index][2].strip() if index < len(columns) else None
            if begin == end:
                continue
            cells.append(Cell(begin, end, row.text[begin - row.start : end - row.start], name))
        return cells
    spans = _split_row_date(row, spans)
    for begin, end in spans:
        column = begin - row.start
        best = None
        for col_start, col_end, name in columns:
            if col_start <= column + 1:
                best = name
            if col_start <= column < col_end:
                best = name
                break
        # Right-aligned numbers: prefer the header whose span overlaps the cell most.
        overlap = max(columns, key=lambda c: min(c[1], end - row.start) - max(c[0], column), default=None)
        if overlap and min(overlap[1], end - row.start) - max(overlap[0], column) > 0:
            best = overlap[2]
        text = row.text[begin - row.start : end - row.start]
        cells.append(Cell(begin, end, text, best.strip() if best else None, _is_placeholder(text)))
    return cells


def _split_row_date(row: Line, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A row's leading date is its own cell even where one space parts it from the next column
    ("05/12/2026 95.2     4000")."""
    if not spans:
        return spans
    begin, end = spans[0]
    chunk = row.text[begin - row.start : end - row.start]
    date = compiled("layout", "row_date").match(chunk)
    if not date or date.start("date") != 0:
        return spans
    rest = chunk[date.end() :]
    if not rest.strip() or not rest[:1].isspace():
        return spans
    lead = len(rest) - len(rest.lstrip())
    split = begin + date.end()
    return [(begin, split), (split + lead, end), *spans[1:]]


def _row_stamp(line: Line, doc_date: str | None) -> None:
    text = line.text.replace("|", " ").replace('"', " ")  # pipes and CSV quotes part cells
    date_match = compiled("layout", "row_date").match(text)
    rest = text
    if date_match:
        raw = date_match.group("date")
        if raw.count("/") == 1 and doc_date:
            raw = f"{raw}/{doc_date[:4]}"
        line.row_date = parse_date(raw)
        rest = text[date_match.end() :]
    time_match = compiled("layout", "row_time").match(rest)
    if time_match:
        line.row_time = time_match.group("time")


def _classify_tables(lines: list[Line], doc_date: str | None) -> int:
    """Tables of aligned or delimited columns under a header row; returns how many were found."""
    table_id = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        spans = _segments(line)
        texts = [line.text[b - line.start : e - line.start] for b, e in spans]
        is_header = len(spans) >= 3 and all(_is_header_text(t) for t in texts) and len(line.text) > 20
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
            if following and len(_segments(following[0])) >= 2 and _DIGIT.search(following[0].text):
                table_id += 1
                line.kind = "table_header"
                line.table_id = table_id
                line.cells = [Cell(b, e, line.text[b - line.start : e - line.start]) for b, e in spans]
                pipe = _delimited(line)
                cursor = index + 1
                while cursor < len(lines) and lines[cursor].text.strip():
                    row = lines[cursor]
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
                        row.cells = _assign_headers(row, line, pipe)
                        _row_stamp(row, doc_date)
                    elif len(_segments(row)) >= 3:
                        break
                    else:
                        row.kind = "table_note"
                    row.table_id = table_id
                    cursor += 1
                index = cursor
                continue
        index += 1
    return table_id


def _date_columns(texts: list[str]) -> bool:
    """A header row whose columns are visit dates (after an optional label column)."""
    full_date = compiled("layout", "column_date")
    dated = [text for text in texts if full_date.fullmatch(text.strip())]
    undated = len(texts) - len(dated)
    # Every column a date, or all but a first (label) column.
    return len(dated) >= 2 and (undated == 0 or (undated == 1 and not full_date.fullmatch(texts[0].strip())))


def _classify_date_columns(lines: list[Line], index: int, table_id: int, doc_date: str | None) -> int:
    """A flowsheet with one column per visit date: each row is a field (its first cell), each value
    cell takes the field as its label and its column's date as its visit. Returns the next line."""
    header = lines[index]
    header.kind, header.table_id = "table_header", table_id
    pipe = _delimited(header)
    cursor = index + 1
    while cursor < len(lines) and lines[cursor].text.strip():
        row = lines[cursor]
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
            row.cells.append(
                Cell(cell.start, cell.end, cell.text, label or cell.header, cell.placeholder, None, visit)
            )
        if label:
            row.cells.insert(0, cells[0])
        cursor += 1
    return cursor


def _column_date(header: str | None, doc_date: str | None) -> str | None:
    if not header or not compiled("layout", "column_date").fullmatch(header.strip()):
        return None
    written = header.strip()
    if written.count("/") == 1 and doc_date:
        written = f"{written}/{doc_date[:4]}"
    return parse_date(written)


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
    )


def _stacked_cell(line: Line) -> bool:
    """A line that can be a stacked table's cell: short, not a sentence, not a "Label: value" field."""
    stripped = line.text.strip()
    rules = load("layout")["stacked_tables"]
    if line.kind not in ("prose", "blank") or len(stripped) > int(rules["max_cell_chars"]):
        return False
    if stripped.endswith(".") and len(stripped.split()) >= int(rules["sentence_min_words"]):
        return False
    colon = compiled("layout", "colon_label").match(stripped)
    return not (colon and colon.group("value"))


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
        rows.append(group)
        position += width
    return rows


def _cell_shape(line: Line) -> tuple[bool, bool]:
    text = line.text.strip()
    return (not text, _DIGIT.search(text) is not None)


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
            clean = after >= len(lines) or not lines[after].text.strip()
            score = (clean, _column_consistency(rows), len(rows), -skip)
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


def _keyed_cells(line: Line) -> list[Cell]:
    """Key/value pairs of JSON or XML pasted into a note ('"dose_mg": 4800', 'start="09:12"'): each value is a
    cell labelled by its key read as words, with the unit a key or the element names ("dose (mg)")."""
    if '"' not in line.text:
        return []
    matches = list(compiled("layout", "keyed_pair_json").finditer(line.text))
    if not matches:
        matches = list(compiled("layout", "keyed_pair_xml").finditer(line.text))
    if len(matches) < 2:
        return []
    rules = load("layout")["keyed"]
    element_unit = compiled("layout", "keyed_unit").search(line.text)
    cells = []
    for match in matches:
        key = match.group("key")
        words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ").lower().split()
        unit = None
        if len(words) > 1 and words[-1] in rules["unit_words"]:
            unit = words.pop()
        elif element_unit and words and words[-1] in rules["amount_words"]:
            unit = element_unit.group("unit").lower()
        header = " ".join(words) + (f" ({unit})" if unit else "")
        value = match.group("value")
        start = line.start + match.start("value")
        cells.append(Cell(start, start + len(value), value, header, _is_placeholder(value)))
    return cells


def _classify_rest(lines: list[Line], doc_date: str | None) -> None:
    section: str | None = None
    header_re = compiled("layout", "section_header")
    max_len = int(load("layout")["section_max_len"])
    for line in lines:
        stripped = line.text.strip()
        if line.kind in ("table_header", "table_row", "table_rule", "table_note"):
            line.section = section
            if line.kind == "table_note":
                line.cells = _label_cells(
                    line.text, line, [(s - line.start, e - line.start) for s, e in _segments(line)]
                )
                line.cells = [
                    Cell(
                        c.start if c.start >= line.start else c.start + line.start,
                        c.end,
                        c.text,
                        c.header,
                        c.placeholder,
                        c.checked,
                    )
                    for c in line.cells
                ]
            continue
        if not stripped:
            line.kind = "blank"
            continue
        if compiled("layout", "table_rule").match(line.text):
            line.kind = "rule"
            continue
        if len(stripped) <= max_len and header_re.match(stripped) and not _DIGIT.search(stripped):
            line.kind = "section_header"
            section = stripped.rstrip(":").strip()
            line.section = section
            continue
        line.section = section
        keyed = _keyed_cells(line)
        if keyed:
            line.cells, line.kind = keyed, "key_value"
            continue
        spans = [(s - line.start, e - line.start) for s, e in _segments(line)]
        cells = _label_cells(line.text, line, spans)
        line.cells = [
            Cell(c.start + line.start, c.end + line.start, c.text, c.header, c.placeholder, c.checked)
            for c in cells
        ]
        _row_stamp(line, doc_date)
        labelled = [c for c in line.cells if c.header]
        if labelled and all(c.placeholder for c in labelled) and len(line.cells) == len(labelled):
            line.kind = "placeholder"
        elif compiled("layout", "checkbox").search(line.text):
            line.kind = "checkbox"
        elif line.row_time or line.row_date:
            line.kind = "timed_row"
        elif labelled:
            line.kind = "key_value"
        else:
            line.kind = "prose"


def _pair_labels(lines: list[Line]) -> None:
    """A label alone on its line and a short value on the next ("Weight" then "81.6 kg", a form exported
    one field per line): the value's cell takes the label."""
    rules = load("layout")["label_pairs"]
    value_re = compiled("layout", "label_pair_value")
    for label, line in itertools.pairwise(lines):
        if label.kind != "section_header" or line.kind not in ("prose", "key_value", "timed_row"):
            continue
        if (
            len(line.cells) != 1
            or line.cells[0].header
            or len(line.text.strip()) > int(rules["max_value_chars"])
        ):
            continue
        if not value_re.match(line.text):
            continue
        line.cells[0].header = label.text.strip().rstrip(":").strip()
        line.kind = "key_value"


def _indent_parents(lines: list[Line]) -> None:
    """Give each indented line the nearest non-blank line above it with less indentation."""
    stack: list[tuple[int, int]] = []  # (indentation, line index) of the open headings
    for line in lines:
        if not line.text.strip():
            continue
        indent = len(line.text) - len(line.text.lstrip(" \t"))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        line.parent = stack[-1][1] if stack else None
        stack.append((indent, line.index))


def _join_prose(lines: list[Line]) -> None:
    """Soft-wrapped prose: a line continues the previous one when that one does not end a sentence."""
    previous: Line | None = None
    for line in lines:
        line.logical_start = line.start
        if (
            previous is not None
            and line.kind in ("prose", "key_value", "timed_row")
            and previous.kind in ("prose", "key_value")
            and not re.search(r"[.:!?]\s*$", previous.text)
            and line.text[:1] != " " * 1
            and not line.row_time
        ):
            line.logical_start = previous.logical_start
        previous = line if line.kind != "blank" else None


def _blocks(text: str, lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    copy_start = compiled("layout", "copy_forward_start")
    copy_end = compiled("layout", "copy_forward_end")
    addendum = compiled("layout", "addendum_start")
    date_re = compiled("layout", "date_in_text")
    index = 0
    while index < len(lines):
        line = lines[index]
        if copy_start.search(line.text) and not copy_end.search(line.text):
            match = date_re.search(line.text)
            date = parse_date(match.group(1)) if match else None
            end_index = index + 1
            while end_index < len(lines):
                if copy_end.search(lines[end_index].text):
                    break
                if not lines[end_index].text.strip() and not any(
                    copy_end.search(x.text) for x in lines[end_index : end_index + 6]
                ):
                    end_index -= 1
                    break
                end_index += 1
            end_index = min(end_index, len(lines) - 1)
            blocks.append(Block("copy_forward", line.start, lines[end_index].end, date))
            index = end_index + 1
            continue
        if addendum.search(line.text):
            match = date_re.search(line.text)
            blocks.append(
                Block("addendum", line.start, len(text), parse_date(match.group(1)) if match else None)
            )
        index += 1
    return blocks


def analyze_layout(text: str, doc_date: str | None = None) -> Layout:
    """Split ``text`` into classified lines with cells, and find addendum and copy-forward blocks."""
    lines = _split_lines(text)
    tables = _classify_tables(lines, doc_date)
    _classify_stacked(lines, doc_date, tables)
    _classify_rest(lines, doc_date)
    _pair_labels(lines)
    _indent_parents(lines)
    _join_prose(lines)
    return Layout(text, lines, _blocks(text, lines))
