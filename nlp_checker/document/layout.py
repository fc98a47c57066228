"""Document structure: lines, cells (with their column header or field label), tables, blocks.

Pure string work with character offsets into the original text. Every vocabulary lives in
``patterns/document/layout.yaml``. Lines and cells are ``document.lines``, tables ``document.tables``; this
module labels the cells of the other lines (fields), finds sections, blocks and soft-wrapped prose.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.document.lines import (
    _DIGIT,
    Cell,
    Line,
    _is_header_text,
    _is_placeholder,
    _row_stamp,
    _segments,
    _split_lines,
    column_words,
    question_answer,
    written_date,
)
from nlp_checker.document.rules import compiled, load
from nlp_checker.document.tables import _classify_stacked, _classify_tables
from nlp_checker.normalize import parse_date

__all__ = ["Block", "Cell", "Layout", "Line", "analyze_layout"]


@dataclass
class Block:
    """An addendum, a copied-forward stretch of text, or one visit's section of a multi-visit record."""

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

    def drug_heading(self, line: Line, named: list[Any], fallback: list[Any], depth: int = 4) -> str:
        """The nearest less-indented line above ``line`` (by indentation parents) that names a drug by one of
        ``named``, else one that matches ``fallback`` (a strength or route line), else the line right above;
        "" for an unindented line. A MAR's order heading over its "Scheduled" and "Given" rows."""
        ancestors: list[str] = []
        index = line.parent
        while index is not None and len(ancestors) < depth:
            # A heading wrapped onto a second line is read whole ("alpha-1 proteinase inhibitor (GLASSIA) IV
            # once ... given" / "on ward per pulm   ordered 60 mg/kg = 4,296 mg").
            heading = self.lines[index]
            ancestors.append(self._heading_text(heading))
            index = heading.parent
        for patterns in (named, fallback):
            for text in ancestors:
                if any(pattern.search(text) for pattern in patterns):
                    return text
        return ancestors[0] if ancestors else ""

    def _heading_text(self, heading: Line) -> str:
        """A heading line with the line it continues: a soft-wrapped one, or one at the same indentation whose
        line above breaks off (" alpha1-PI (PROLASTIN-C LIQUID) ... weekly dose (Thu)," then " ordered by pulm
        03/25 ...") or that opens in lower case."""
        if heading.index == 0:
            return heading.text
        above = self.lines[heading.index - 1]
        indent = len(heading.text) - len(heading.text.lstrip())
        if (
            above.kind in ("prose", "key_value")
            and above.text.strip()
            and len(above.text) - len(above.text.lstrip()) == indent
            and (
                compiled("layout", "heading_breaks_off").search(above.text)
                or compiled("layout", "open_line_end").search(above.text)
                or heading.text.lstrip()[:1].islower()
            )
        ):
            return above.text + " " + heading.text
        return heading.text

    def entry_drug(self, line: Line) -> str:
        """The drug an entry of fields names ("Entry 2" / "Medication ....... acetaminophen 325 MG" / "Dose
        ... 650 mg"): the medication field above ``line`` in its entry, up to a blank or a less indented
        line."""
        label = compiled("layout", "entry_drug_label")
        indent = len(line.text) - len(line.text.lstrip())
        for above in reversed(self.lines[max(0, line.index - 12) : line.index + 1]):
            if not above.text.strip() or len(above.text) - len(above.text.lstrip()) < indent:
                return ""
            for cell in above.cells:
                if cell.header and label.match(cell.header.strip()):
                    return cell.text
        return ""

    def blocks_at(self, offset: int) -> list[Block]:
        """Return the blocks that contain ``offset``."""
        return [block for block in self.blocks if block.start <= offset < block.end]


def _label_cells(text: str, line: Line, spans: list[tuple[int, int]]) -> list[Cell]:
    """Turn segments of a non-table line into cells, finding field labels."""
    cells: list[Cell] = []
    pending_label: str | None = None
    checkbox = compiled("layout", "checkbox")
    leader_re, colon_re = compiled("layout", "dotted_leader"), compiled("layout", "colon_label")
    question_re = compiled("layout", "question_label")
    for begin, end in spans:
        chunk = text[begin:end]
        checked = None
        box = checkbox.search(chunk)
        if box:
            checked = box.group(1).strip() != ""
        leader = leader_re.match(chunk)
        colon = colon_re.match(chunk) or question_re.match(chunk)
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
    return question_answer(cells)


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
    # '<obs code="ADMIN_DOSE" value="5000" unit="mg"/>': the element's name labels its generic value.
    named = next((m.group("value") for m in matches if m.group("key").lower() in rules["name_keys"]), None)
    cells = []
    for match in matches:
        key = match.group("key")
        if named and key.lower() in rules["generic_value_keys"]:
            key = named
        words = column_words(key).replace("-", " ").lower().split()
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


def _segment_cells(line: Line) -> list[Cell]:
    """The administration fields of an HL7 v2 segment pasted into a note (``segments`` in layout.yaml): each
    repetition's first component is a cell labelled by its field's name ("lot number", "administered amount
    (mg)"); none for a segment that records no administration (RXA-20 NA / RE)."""
    found = compiled("layout", "segment_line").match(line.text)
    if found is None:
        return []
    segment = found.group("segment")
    rules = load("layout")["segments"]
    names = rules["fields"].get(segment)
    if not names:
        return []
    fields = line.text.split("|")
    for number, codes in rules["not_given"].get(segment, {}).items():
        if int(number) < len(fields) and fields[int(number)].strip() in codes:
            return []
    starts = list(itertools.accumulate((len(field) + 1 for field in fields), initial=line.start))
    units = rules["units"].get(segment, {})
    cells = []
    for number, name in names.items():
        if int(number) >= len(fields):
            continue
        unit_field = units.get(number)
        if unit_field is not None and int(unit_field) < len(fields):
            unit = fields[int(unit_field)].split("^")[0].strip()
            name = f"{name} ({unit})" if unit else name
        position = starts[int(number)]
        for repetition in fields[int(number)].split("~"):
            value = repetition.split("^")[0]
            if value.strip():
                cells.append(Cell(position, position + len(value), value, name))
            position += len(repetition) + 1
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
        keyed = _segment_cells(line) or _keyed_cells(line)
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
    one field per line): the value's cell takes the label. A unit on a line of its own, under the label
    ("Ordered Dose" / "(mg)" / "3,860") or under the value ("Weight Today" / "64.6" / "kg"), joins the
    label as its unit."""
    rules = load("layout")["label_pairs"]
    value_re = compiled("layout", "label_pair_value")
    unit_re = compiled("layout", "label_pair_unit")
    for index, label in enumerate(lines):
        if label.kind != "section_header" or index + 1 >= len(lines):
            continue
        cursor = index + 1
        unit = unit_re.fullmatch(lines[cursor].text.strip())
        if unit and cursor + 1 < len(lines):
            cursor += 1
        line = lines[cursor]
        if line.kind not in ("prose", "key_value", "timed_row", "section_header"):
            continue
        if (
            len(line.cells) != 1
            or line.cells[0].header
            or len(line.text.strip()) > int(rules["max_value_chars"])
        ):
            continue
        if not value_re.match(line.text):
            continue
        below = unit_re.fullmatch(lines[cursor + 1].text.strip()) if cursor + 1 < len(lines) else None
        unit = unit or below
        name = label.text.strip().rstrip(":").strip()
        line.cells[0].header = f"{name} ({unit.group('unit')})" if unit else name
        line.kind = "key_value"
        if below:
            lines[cursor + 1].kind = "unit_line"


def _continued_values(lines: list[Line]) -> None:
    """A field's value that continues on the next lines, aligned under the value ("Lot / exp ...... P100632115
    exp 08/2027" then a line holding only "P100598804 exp 11/2026" at the value's column): those lines' cell
    takes the field's label."""
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        if line.kind != "prose" or len(line.cells) != 1 or line.cells[0].header:
            continue
        source = above.cells[-1] if above.cells else None
        if source is None or not source.header or above.kind not in ("key_value", "prose"):
            continue
        column = source.start - above.start
        indent = len(line.text) - len(line.text.lstrip(" "))
        if indent >= 8 and indent == column and "\t" not in line.text:
            line.cells[0].header = source.header
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
    return blocks + _visit_blocks(text, lines)


def _visit_blocks(text: str, lines: list[Line]) -> list[Block]:
    """A document of several visits, each under its dated heading ("VISIT 01/21/2026  RN: ..."): each
    heading's lines, up to the next heading, belong to its date."""
    heading = compiled("layout", "visit_heading")
    starts = [(line, heading.match(line.text)) for line in lines]
    dated = [(line, written_date(m.group("date"), None)) for line, m in starts if m]
    dated = [(line, date) for line, date in dated if date]
    if len({date for _, date in dated}) < 2:
        return []
    ends = [line.start for line, _ in dated[1:]] + [len(text)]
    return [Block("visit", line.start, end, date) for (line, date), end in zip(dated, ends, strict=True)]


def _header_dates(lines: list[Line], doc_date: str | None) -> None:
    """Date the undated timed rows under a time column's header that names their date ("Time (12/16)")."""
    pattern = compiled("layout", "header_date")
    for index, line in enumerate(lines):
        found = pattern.search(line.text) if line.kind not in ("timed_row", "prose") else None
        date = written_date(found.group("date"), doc_date) if found else None
        if date is None:
            continue
        for row in itertools.takewhile(lambda row: row.text.strip(), lines[index + 1 :]):
            if row.kind in ("timed_row", "table_row") and not row.row_date:
                row.row_date = date


def analyze_layout(text: str, doc_date: str | None = None) -> Layout:
    """Split ``text`` into classified lines with cells, and find addendum and copy-forward blocks."""
    lines = _split_lines(text)
    tables = _classify_tables(lines, doc_date)
    _classify_stacked(lines, doc_date, tables)
    _classify_rest(lines, doc_date)
    _header_dates(lines, doc_date)
    _pair_labels(lines)
    _continued_values(lines)
    _indent_parents(lines)
    _join_prose(lines)
    return Layout(text, lines, _blocks(text, lines))
