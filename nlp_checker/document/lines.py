"""Document lines and cells: splitting a text into lines, a line into cells (pipes, tabs, CSV fields, gaps
of spaces), column headers for a row's cells, and a row's leading date and time.

Pure string work with character offsets into the original text; vocabularies in
``patterns/document/layout.yaml``.
"""

from __future__ import annotations

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
    # A row of a comma-separated block (its header row included): the offsets of its fields in the line.
    csv_fields: list[tuple[int, int]] | None = None
    csv_header: bool = False
    # A table row's first cell wrapped onto lines of its own above and below it ("Prolastin-C" / "Liquid
    # 4000 mg ..." / "(alpha1-PI)"): their text.
    wrapped_cell: str = ""
    spans_cache: dict[bool, list[tuple[int, int]]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def row_text(self) -> str:
        """The text of the line's table row: the line, or the cells of a stacked row joined."""
        if self.row_cells is None:
            return self.text
        return "  ".join(cell.text for cell in self.row_cells)


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
    if "," in text:
        _mark_csv_blocks(lines)
    return lines


def csv_fields(text: str) -> list[tuple[int, int]] | None:
    """Offsets of the fields of a comma-separated row (RFC 4180: a quoted field may hold commas, "" is a
    quote); a quoted field's offsets exclude its quotes. None when the text is not such a row."""
    fields: list[tuple[int, int]] = []
    position, size = 0, len(text)
    while True:
        spaces = len(text) - len(text[position:].lstrip(" ")) - position
        if text.startswith('"', position + spaces):
            position += spaces
            close = position + 1
            while True:
                close = text.find('"', close)
                if close < 0:
                    return None
                if text.startswith('""', close):
                    close += 2
                    continue
                break
            fields.append((position + 1, close))
            position = close + 1
            while position < size and text[position] == " ":
                position += 1
            if position < size and text[position] != ",":
                return None
        else:
            comma = text.find(",", position)
            comma = size if comma < 0 else comma
            if '"' in text[position:comma]:
                return None
            fields.append((position, comma))
            position = comma
        if position >= size:
            return fields
        position += 1


def _mark_csv_blocks(lines: list[Line]) -> None:
    """A comma-separated export: a header row of column names, then rows with as many fields (an empty field
    counts); or a row whose every field is quoted (one pasted on its own). Each such line keeps its field
    offsets; prose with commas never has either shape."""
    rules = load("layout")["csv"]
    name = compiled("layout", "csv_column_name")
    index = 0
    while index < len(lines):
        header = lines[index]
        fields = csv_fields(header.text) if header.text.count(",") + 1 >= int(rules["min_columns"]) else None
        names = [header.text[b:e].strip() for b, e in fields] if fields else []
        if not fields or not all(name.fullmatch(n) for n in names):
            if compiled("layout", "csv_row").match(header.text):
                header.csv_fields = csv_fields(header.text)
            index += 1
            continue
        rows = []
        cursor = index + 1
        while cursor < len(lines) and (row := csv_fields(lines[cursor].text)) is not None:
            if len(row) != len(fields):
                break
            rows.append((lines[cursor], row))
            cursor += 1
        if rows:
            header.csv_fields, header.csv_header = fields, True
            for line, row in rows:
                line.csv_fields = row
        index = max(cursor, index + 1)


def column_words(name: str) -> str:
    """A system column name read as words: "dose_given_mg" -> "dose given mg", "startTime" -> "start Time"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").strip()


def _is_csv(line: Line) -> bool:
    return line.csv_fields is not None


def _delimited(line: Line) -> bool:
    """A row whose cells are delimited (pipes, quoted comma-separated fields), not aligned in columns."""
    return _piped(line.text) or _is_csv(line)


def _piped(text: str) -> bool:
    """Cells parted by pipes: two or more, or one with spaces around it ("13.05      | Glassia started")."""
    return text.count("|") >= 2 or (
        text.count("|") == 1 and compiled("layout", "spaced_pipe").search(text) is not None
    )


def _tab_delimited(line: Line) -> bool:
    """A row of a tab-separated export (two or more tabs): its cells are counted by tabs, not aligned."""
    return line.text.count("\t") >= 2


def _segments(line: Line, keep_empty: bool = False) -> list[tuple[int, int]]:
    """Split a line into (start, end) offsets: pipes, tabs, or runs of two or more spaces (computed once
    per line; callers must not change the list)."""
    cached = line.spans_cache.get(keep_empty)
    if cached is None:
        cached = line.spans_cache[keep_empty] = _split_segments(line, keep_empty)
    return cached


def _split_segments(line: Line, keep_empty: bool) -> list[tuple[int, int]]:
    text = line.text
    if line.csv_fields is not None:
        found: list[tuple[int, int]] = []
        for begin, end in line.csv_fields:
            value = text[begin:end]
            lead = len(value) - len(value.lstrip())
            if value.strip():
                found.append((line.start + begin + lead, line.start + begin + lead + len(value.strip())))
            elif keep_empty:
                found.append((line.start + begin, line.start + begin))
        return found
    pipe = _piped(text)
    tabbed = not pipe and _tab_delimited(line)
    if tabbed and keep_empty:
        # A tab-separated export: every tab parts two cells, empty ones included (their column counts).
        spans, begin = [], 0
        for match in re.finditer(r"\t", text):
            spans.append((begin, match.start()))
            begin = match.end()
        spans.append((begin, len(text)))
    elif pipe:
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
        if not stripped and keep_empty and (pipe or tabbed):
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


_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")


def _is_header_text(text: str) -> bool:
    if compiled("layout", "header_index_name").match(text.strip()):
        return True
    if "(" in text:
        text = compiled("layout", "header_unit_aside").sub("", text)
    if _DIGIT.search(text) is not None:
        # A measure's name with a digit ("SpO2", "FEV1", "PaO2") is still a header word.
        text = compiled("layout", "header_word_with_digits").sub("X", text)
    return _LETTER.search(text) is not None and _DIGIT.search(text) is None


def _is_placeholder(value: str) -> bool:
    if not value.strip():
        return False
    return bool(compiled("layout", "placeholder").search(value.strip())) or bool(
        compiled("layout", "placeholder_inline").search(value)
    )


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
    by_index = (pipe and _delimited(header)) or (_tab_delimited(header) and _tab_delimited(row))
    if by_index:
        spans = _segments(row, keep_empty=True)
        columns = [
            (b - header.start, e - header.start, header.text[b - header.start : e - header.start])
            for b, e in _segments(header, keep_empty=True)
        ]
        for index, (begin, end) in enumerate(spans):
            name = columns[index][2].strip() if index < len(columns) else None
            if name and header.csv_header:
                name = column_words(name)
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
    """A row's leading date, and the time after it, are their own cells even where one space parts them from
    the next column ("05/12/2026 95.2     4000", "07/22/2026 08:52 81.9    140/84")."""
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
    head, tail = [(begin, split)], (split + lead, end)
    time = compiled("layout", "row_time").match(rest)
    after = rest[time.end() :] if time else ""
    if time and after.strip() and after[:1].isspace():
        time_end = split + time.end()
        head.append((split + lead, time_end))
        tail = (time_end + len(after) - len(after.lstrip()), end)
    return [*head, tail, *spans[1:]]


def written_date(written: str, doc_date: str | None) -> str | None:
    """The ISO date of a written row, column or clause date; a month/day without a year ("03/10") takes the
    document's year (None without a document date)."""
    if written.count("/") == 1:
        return parse_date(f"{written}/{doc_date[:4]}") if doc_date else None
    return parse_date(written)


def _row_stamp(line: Line, doc_date: str | None) -> None:
    text = line.text.replace("|", " ").replace('"', " ")  # pipes and CSV quotes part cells
    date_match = compiled("layout", "row_date").match(text)
    rest = text
    if date_match:
        line.row_date = written_date(date_match.group("date"), doc_date)
        rest = text[date_match.end() :]
    else:
        line.row_date = _stamp_column_date(line, doc_date)
    time_match = compiled("layout", "row_time").match(rest)
    if time_match:
        line.row_time = time_match.group("time") or time_match.group("rel")


def _stamp_column_date(line: Line, doc_date: str | None) -> str | None:
    """The date of a row whose date sits in a later column named for it ("Scanned | 11/06 1016" under
    "Action | Action time"): the first such cell's date."""
    header = compiled("layout", "stamp_column")
    for cell in line.cells:
        if cell.header and header.search(cell.header):
            found = compiled("layout", "row_date").match(cell.text)
            if found:
                return written_date(found.group("date"), doc_date)
    return None


def question_answer(cells: list[Cell]) -> list[Cell]:
    """ "Q: Weight today (kg)    A: 88", or a "Question | Answer" table's row: the question is the answer's
    label (and no value itself)."""
    question, answer = compiled("layout", "qa_question"), compiled("layout", "qa_answer")
    for index in range(len(cells) - 1):
        asked, answered = cells[index], cells[index + 1]
        if not (asked.header and answered.header):
            continue
        if question.match(asked.header) and answer.match(answered.header):
            answered.header = asked.text.strip().rstrip("?").strip()
            asked.header, asked.text, asked.placeholder = None, "", True
            asked.end = asked.start
    return [cell for cell in cells if cell.text or cell.header or cell.end > cell.start]
