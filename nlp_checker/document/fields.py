"""Labelled fields, table cells and lab rows: the values a label or a column header names.

A cell whose field label or column header names a kind ("Lot Number (vial 1, 4,000 mg) .... A2K1145",
a ``Lot`` or ``Exp`` column, ``Wt (kg)``, ``PA #``) yields that kind's value parsed from the cell; a lab row
that starts with an analyte ("ALPHA-1-ANTITRYPSIN  24 L  83-199 mg/dL", "Result: 24  Units: mg/dL") yields a
serum level with its unit taken from the row (unit column, "Units:", reference-range column); a PFT table's
FEV1 row yields its "% predicted" cells. Placeholders are nothing. Every value stays inside its cell or line.
Vocabularies live in ``patterns/document/fields.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from nlp_checker.document.layout import Layout
from nlp_checker.document.lines import Cell, Line
from nlp_checker.document.quantities import legend_units
from nlp_checker.document.rules import load, memo, vocab
from nlp_checker.normalize import parse_date, parse_number


@dataclass
class FieldValue:
    """One value of a labelled cell or a lab row, before scoping."""

    kind: str
    value: Any
    start: int
    end: int
    rule_id: str
    label: str
    unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _cfg() -> dict[str, Any]:
    return load("fields")


def _compiled() -> dict[str, Any]:
    return memo("fields._compiled", _build)


def _build() -> dict[str, Any]:
    cfg = _cfg()
    flags = re.IGNORECASE
    cells = {
        kind: {
            "header": re.compile(spec["header"], flags),
            "exclude": re.compile(spec["exclude_header"], flags) if spec.get("exclude_header") else None,
            "value": spec["value"],
            "scope": spec.get("scope", "any"),
        }
        for kind, spec in cfg["cells"].items()
    }
    values = {name: re.compile(pattern, flags) for name, pattern in cfg["values"].items()}
    # Lot codes are written in capitals; a lower-case word after "Lot" is not a lot.
    values["lot"] = re.compile(cfg["values"]["lot"])
    values["lot_more"] = re.compile(cfg["values"]["lot_more"])
    lab = {}
    for kind, spec in cfg["lab"].items():
        lab[kind] = {key: re.compile(value, flags) for key, value in spec.items() if isinstance(value, str)}
    return {
        "cells": cells,
        "values": values,
        "lab": lab,
        "flags": re.compile(cfg["lab_flags"], flags),
        "lab_between": re.compile(cfg["lab_between"], flags),
        "segments": {key: re.compile(value, flags) for key, value in cfg["segments"].items()},
        "row_date": re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\s+"),
    }


def parse_expiry(text: str) -> str | None:
    """An ISO date or month of a written date; "31-AUG-2027" reads as "31 AUG 2027"."""
    return parse_date(re.sub(r"^(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})$", r"\1 \2 \3", text.strip()))


def other_product(layout: Layout, start: int) -> bool:
    """True when the clause before ``start`` (its line, and the line before when the sentence wraps) or its
    table row names another drug and no A1PI product."""
    other, anchor = vocab("other_drug"), vocab("anchor")
    line = layout.line_at(start)
    begin = line.start
    if line.logical_start < line.start and line.index > 0:
        begin = layout.lines[line.index - 1].start
    window = layout.text[max(begin, start - int(_cfg()["other_product_window_chars"])) : start]
    window = re.split(r"[.;](?:\s|$)", window)[-1]
    # A supply that labels the value on its own line ("Diluent SWFI Lot: SW4471", "NaCl flush  Lot N24F118");
    # not a diluent the product was reconstituted with on the line before, nor a diluent column of its row.
    supply = memo("fields.supply", lambda: re.compile(_cfg()["other_supply"], re.IGNORECASE))
    label = layout.text[max(line.start, start - int(_cfg()["supply_label_chars"])) : start]
    if line.kind == "table_row":
        # The row's item before the value: "0.9% NaCl 10 mL flush | n/a | 4 | N24F118", "3 | Empty bag |
        # PB55120".
        label += " " + " ".join(cell.text for cell in line.cells if cell.start < start)
    if supply.search(label) and not anchor.search(label):
        return True
    if line.kind in ("table_row", "timed_row"):
        window += " " + line.row_text
    if other.search(window) and not anchor.search(window):
        return True
    entry = layout.entry_drug(line) if line.kind == "key_value" else ""
    if entry and other.search(entry) and not anchor.search(entry):
        return True
    # The nearest heading above that names a drug (a MAR's "cetirizine 10 mg, tab, PO" over its "Given" row
    # and "Lot: UT8235LA" line) names another one.
    heading = layout.drug_heading(line, [anchor, other], [])
    return bool(heading) and bool(other.search(heading)) and not anchor.search(heading)


def corrections(text: str) -> list[FieldValue]:
    """Values given as the corrected ones ("lot corrected to ..."), by kind."""
    out = []
    for kind, pattern in _cfg().get("corrections", {}).items():
        compiled: re.Pattern[str] = memo(
            ("fields.correction", kind), partial(re.compile, pattern, re.IGNORECASE)
        )
        for match in compiled.finditer(text):
            group = "value" if match.groupdict().get("value") else "value2"
            raw = match.group(group)
            value = parse_expiry(raw) if kind == "expiration_date" else raw
            if value:
                out.append(
                    FieldValue(
                        kind,
                        value,
                        match.start(group),
                        match.end(group),
                        f"field.{kind}.correction",
                        "correction",
                        extra={"correction": True},
                    )
                )
    return out


def _clean_label(label: str) -> str:
    return re.sub(r"\s+", " ", label.strip().strip(":#.").strip()).lower()


def _parse_cell(kind: str, how: str, cell: Cell, label: str) -> list[FieldValue]:
    c = _compiled()
    values = c["values"]
    text = cell.text
    lead = len(text) - len(text.lstrip())
    body = text.lstrip()
    base = cell.start + lead
    rule = f"field.{kind}.{how}"
    out: list[FieldValue] = []
    if how == "lot_date" and _cfg()["values"]["item_separator"] in body:
        position = 0
        for item in body.split(_cfg()["values"]["item_separator"]):
            prefix = values["vial_prefix"].match(item)
            skip = prefix.end() if prefix else 0
            item_cell = Cell(base + position + skip, base + position + len(item), item[skip:], cell.header)
            out.extend(_parse_cell(kind, "lot_date_item", item_cell, label))
            position += len(item) + 1
        return [FieldValue(v.kind, v.value, v.start, v.end, rule, label) for v in out]
    if how in ("lot", "lot_date", "lot_date_item"):
        match = values["lot"].match(body)
        if not match:
            return []
        out.append(
            FieldValue(
                "lot_number",
                match["value"],
                base + match.start("value"),
                base + match.end("value"),
                rule,
                label,
            )
        )
        position = match.end()
        while more := values["lot_more"].match(body[position:]):
            start = base + position + more.start("value")
            out.append(
                FieldValue("lot_number", more["value"], start, start + len(more["value"]), rule, label)
            )
            position += more.end()
        if how in ("lot_date", "lot_date_item"):
            rest = re.sub(r"^\s*(?:/|,|;|exp\w*\.?:?)?\s*", "", body[position:], flags=re.IGNORECASE)
            offset = base + len(body) - len(body[position:]) + (len(body[position:]) - len(rest))
            date = values["date"].match(rest)
            if date and (iso := parse_expiry(date["value"])):
                out.append(
                    FieldValue("expiration_date", iso, offset, offset + date.end("value"), rule, label)
                )
        return out
    if how == "date":
        match = values["date"].match(body)
        iso = parse_expiry(match["value"]) if match else None
        if iso and match:
            out.append(FieldValue(kind, iso, base, base + match.end("value"), rule, label))
        return out
    if how == "code":
        match = values["code"].match(body)
        if match:
            out.append(
                FieldValue(
                    kind, match["value"], base + match.start("value"), base + match.end("value"), rule, label
                )
            )
        return out
    if how == "weight":
        match = values["weight"].match(body)
        if not match:
            return []
        unit = match["unit"]
        if not unit:
            header_unit = values["header_weight_unit"].search(label)
            if not header_unit:
                return []
            unit = header_unit.group(1)
        out.append(
            FieldValue(
                kind, parse_number(match["value"]), base, base + match.end("value"), rule, label, unit=unit
            )
        )
        return out
    return []


def _labelled_values(cell: Cell, label: str) -> list[FieldValue]:
    # A label in two languages or with a synonym ("Poids / Weight (kg)") is tried whole, then part by part.
    for name in [label, *(part.strip() for part in label.split(" / ")[1:])]:
        for kind, spec in _compiled()["cells"].items():
            if not spec["header"].search(name):
                continue
            if spec["exclude"] is not None and spec["exclude"].search(name):
                continue
            found = _parse_cell(kind, spec["value"], cell, name)
            if found:
                return found
    return []


def _cell_values(line: Line, legend: tuple[tuple[re.Pattern[str], str], ...] = ()) -> list[FieldValue]:
    """Values of a line's labelled cells; ``legend``: (column words, weight unit) pairs of the document's
    legend ("Legend: ... Wt in kg") for a weight column without a unit."""
    out: list[FieldValue] = []
    row = line.row_cells if line.row_cells is not None else line.cells
    for cell in line.cells:
        if cell.placeholder or not cell.text.strip():
            continue
        found = _labelled_values(cell, _clean_label(cell.header)) if cell.header else []
        after = [other for other in row if other.start >= cell.end]
        unit = (after[0].text.strip() or (after[0].header or "").strip()) if after else ""
        if not found and cell.header and _compiled()["values"]["header_weight_unit"].fullmatch(unit):
            # The unit in the next cell ("| Weight | 80.1 | kg |").
            found = _labelled_values(cell, f"{_clean_label(cell.header)} ({unit})")
        if not found and cell.header and legend and line.kind == "table_row":
            legend_unit = next((u for words, u in legend if words.search(cell.header)), None)
            if legend_unit is not None:
                found = _labelled_values(cell, f"{_clean_label(cell.header)} ({legend_unit})")
        if not found and line.kind == "table_row":
            # An event log's row names what it measured in the cell just before ("Weight (kg)" | "85.3").
            earlier = [other for other in row if other.end <= cell.start]
            if earlier and _names_a_field(earlier[-1].text):
                found = _labelled_values(cell, _clean_label(earlier[-1].text))
        out.extend(found)
    return out


def _names_a_field(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped) <= 40 and not re.search(r"\d(?![^(]*\))", stripped)


_NUMBER = re.compile(r"(?P<cmp>[<>≤≥]=?\s*)?(?P<num>\d+(?:\.\d+)?)(?![\d.]|\s*-\s*\d|/\d)")


def _serum_from_cells(layout: Layout, line: Line) -> FieldValue | None:
    """A table row whose analyte is one cell and whose result, flag, range and unit are the next cells (a
    stacked table's row, a CSV row with the patient's name first)."""
    spec = _compiled()["lab"]["serum_aat"]
    cells = line.row_cells if line.row_cells is not None else line.cells
    for index, cell in enumerate(cells):
        analyte = spec["analyte"].match(cell.text)
        if not (line.start <= cell.start <= line.end) or analyte is None:
            continue
        qualifier = spec["qualifier"].match(cell.text, analyte.end())
        if qualifier is None or cell.text[qualifier.end() :].strip(" ,-:"):
            return None
        if not any(_NUMBER.match(other.text) for other in cells[index + 1 :]):
            return _serum_before_name(layout, cells[:index], cell.text.lower())
        for position, value_cell in enumerate(cells[index + 1 :], start=index + 1):
            number = _NUMBER.match(value_cell.text)
            if number is None:
                continue
            if value_cell.text[number.end() :].strip():
                unit_text = value_cell.text[number.end() :]
            else:
                unit_text = "  ".join(other.text for other in cells[position + 1 :])
            unit = _unit_after(unit_text, layout, value_cell.start + number.start("num"))
            if unit is None:
                return None
            start = value_cell.start + number.start("num")
            return FieldValue(
                "serum_aat",
                parse_number(number["num"]),
                start,
                value_cell.start + number.end("num"),
                "field.serum_aat.table_cells",
                cell.text.lower(),
                unit=unit,
                extra={"comparator": (number["cmp"] or "").strip()},
            )
        return None
    return None


def _serum_before_name(layout: Layout, cells: list[Cell], label: str) -> FieldValue | None:
    """A results table whose columns put the flag, unit and result before the test's name ("L | mg/dL | 34 |
    ALPHA-1-ANTITRYPSIN, SERUM"): the one number cell, in the unit of a unit cell or of its column header."""
    spec = _compiled()["lab"]["serum_aat"]
    numbers = [(cell, found) for cell in cells if (found := _NUMBER.fullmatch(cell.text.strip()))]
    if len(numbers) != 1:
        return None
    value_cell, number = numbers[0]
    unit_cells = [found for cell in cells if (found := spec["units"].fullmatch(cell.text.strip()))]
    if unit_cells:
        unit = re.sub(r"\s+", "", unit_cells[0].group(1))
    else:
        header = spec["units"].search(value_cell.header or "")
        if header is None:
            return None
        unit = re.sub(r"\s+", "", header.group(1))
    start = value_cell.start + len(value_cell.text) - len(value_cell.text.lstrip())
    return FieldValue(
        "serum_aat",
        parse_number(number["num"]),
        start + number.start("num"),
        start + number.end("num"),
        "field.serum_aat.table_cells",
        label,
        unit=unit,
        extra={"comparator": (number["cmp"] or "").strip()},
    )


def _unit_after(unit_text: str, layout: Layout, value_at: int) -> str | None:
    """The unit written after a value (flags and a reference range may stand between) or in its column
    header; None when words stand between value and unit."""
    spec = _compiled()["lab"]["serum_aat"]
    unit_match = spec["units"].search(unit_text)
    if not unit_match:
        cell = layout.cell_at(value_at)
        header_unit = spec["units"].search(cell.header) if cell is not None and cell.header else None
        return re.sub(r"\s+", "", header_unit.group(1)) if header_unit is not None else None
    between = _compiled()["lab_between"].sub("", unit_text[: unit_match.start()])
    if re.search(r"[A-Za-z]{3,}", between):
        return None
    return re.sub(r"\s+", "", unit_match.group(1))


def _serum_rows(layout: Layout) -> list[FieldValue]:
    c = _compiled()
    spec = c["lab"]["serum_aat"]
    out: list[FieldValue] = []
    lines = layout.lines
    for index, line in enumerate(lines):
        text = line.text
        start_match = c["row_date"].match(text)
        offset = start_match.end() if start_match else 0
        stripped = text[offset:]
        lead = len(stripped) - len(stripped.lstrip(" \t-*•|"))
        label = spec["test_label"].match(stripped, lead)
        if label:
            lead = label.end()
        analyte = spec["analyte"].match(stripped, lead)
        if not analyte:
            if line.kind == "table_row" and (found := _serum_from_cells(layout, line)) is not None:
                out.append(found)
            continue
        qual = spec["qualifier"].match(stripped, analyte.end())
        after_name = qual.end() if qual else analyte.end()
        rest = stripped[after_name:]
        if spec["not_after"].match(rest.lstrip(" ,-:")) or spec["not_after"].search(rest[:30]):
            continue
        separator = re.match(
            r"\s*(?:[:|=]|\.{2,}|\s{2,})?\s*(?:(?:result|value)\s*[:=]?\s*)?", rest, re.IGNORECASE
        )
        assert separator is not None
        value_text = rest[separator.end() :]
        base = line.start + offset + after_name + separator.end()
        # A bare analyte line: the result on the next line ("Result: 33  Units: mg/dL").
        result_below = False
        if not value_text.strip():
            for nxt in lines[index + 1 : index + 1 + int(_cfg()["lab"]["serum_aat"]["result_lines_below"])]:
                if not nxt.text.strip():
                    break
                result = spec["result_line"].match(nxt.text)
                if result:
                    value_text = nxt.text[result.end() :]
                    base = nxt.start + result.end()
                    result_below = True
                    break
        number = _NUMBER.match(value_text)
        described = None
        if not number and not result_below:
            described = _described_result(value_text, spec, rest[: separator.end()])
            if described is not None:
                base += described
                value_text = value_text[described:]
                number = _NUMBER.match(value_text)
        if not number:
            continue
        if number["cmp"] and not re.search(r"\s{2,}|[:|=]|\.{2,}", rest[: separator.end()] or " "):
            # "serum AAT < 11 umol/L" in running text is a criterion; a result column may hold "<20".
            continue
        # Separator must have been real: "AAT 9.8 uM" prose is left to the regex extractors unless it is
        # a table row, a field or a lab line (two spaces, a colon, a leader, "Result:").
        value_at = base + number.start("num")
        unit = _unit_after(value_text[number.end() :], layout, value_at)
        if described is not None and not spec["units"].search(value_text[number.end() :]):
            continue  # a described name's result must carry its unit (no column header to lend one)
        if unit is None and result_below and index + 2 < len(lines):
            # "result = 38" then "units = mg/dL": the unit on a line of its own below the result.
            units_line = spec["units_line"].match(lines[index + 2].text)
            if units_line:
                unit = _unit_after(lines[index + 2].text[units_line.end() :], layout, value_at)
        if unit is None:
            continue
        out.append(
            FieldValue(
                "serum_aat",
                parse_number(number["num"]),
                value_at,
                base + number.end("num"),
                "field.serum_aat.lab_row",
                analyte.group(0).lower(),
                unit=unit,
                extra={"comparator": (number["cmp"] or "").strip()},
            )
        )
        out.extend(_later_dated_results(line, value_at, unit, analyte.group(0).lower()))
    return out


def _described_result(value_text: str, spec: dict[str, Any], separator: str) -> int | None:
    """Where the result starts after a test name's free-text description and its column gap, or None
    (no gap, a description joined to the name, one naming something else or already holding a unit)."""
    gap = spec["described_gap"].match(value_text)
    if gap is None or not spec["described_start"].match(separator + value_text):
        return None
    description = value_text[: gap.end()]
    if spec["units"].search(description) or spec["described_not"].search(description):
        return None
    return gap.end()


def _later_dated_results(line: Line, value_at: int, unit: str, label: str) -> list[FieldValue]:
    """The results of the row's other visit-date columns ("88 (L)   24 (L)   90 - 200 mg/dL" under two
    collection dates): each is a result in the row's unit."""
    found: list[FieldValue] = []
    for cell in line.cells:
        if cell.date is None or cell.start <= value_at:
            continue
        number = _NUMBER.match(cell.text)
        if number is None:
            continue
        found.append(
            FieldValue(
                "serum_aat",
                parse_number(number["num"]),
                cell.start + number.start("num"),
                cell.start + number.end("num"),
                "field.serum_aat.dated_column",
                label,
                unit=unit,
                extra={"comparator": (number["cmp"] or "").strip()},
            )
        )
    return found


def _fev1_rows(layout: Layout) -> list[FieldValue]:
    c = _compiled()
    spec = c["lab"]["fev1"]
    out: list[FieldValue] = []
    for line in layout.lines:
        if line.kind != "table_row":
            continue
        if not spec["analyte"].match(line.text.lstrip(" \t|")):
            continue
        row_names_measure = bool(spec["pred_row_label"].match(line.text.lstrip(" \t|")))
        for cell in line.cells:
            if not cell.header or cell.placeholder:
                continue
            if not (row_names_measure or spec["pred_header"].search(cell.header.strip().lower())):
                continue
            number = re.match(r"\s*(\d{1,3}(?:\.\d)?)(?![\d.])\s*%?\s*$", cell.text)
            if not number:
                continue
            value = parse_number(number.group(1))
            if not 5 <= value <= 150:
                continue
            start = cell.start + number.start(1)
            out.append(
                FieldValue(
                    "fev1", value, start, start + len(number.group(1)), "field.fev1.pft_table", cell.header
                )
            )
    return out


def _segment_values(layout: Layout) -> list[FieldValue]:
    """Results of HL7 v2 OBX segments pasted into a note ("OBX|1|NM|6768-6^Alpha-1-antitrypsin^LN||45|mg/dL|
    90-200|L"): the kind from the observation's name (OBX-3), the value (OBX-5, an SN's number) and the
    unit (OBX-6)."""
    c = _compiled()
    spec = c["segments"]
    out: list[FieldValue] = []
    for line in layout.lines:
        if not spec["line"].match(line.text):
            continue
        fields = line.text.split("|")
        if len(fields) < 7:
            continue
        name = " ".join(fields[3].split("^")[1:2]) or fields[3]
        value_field, unit_field = fields[5], fields[6].split("^")[0].strip()
        number = spec["number"].search(value_field)
        if number is None:
            continue
        start = line.start + sum(len(f) + 1 for f in fields[:5]) + number.start("num")
        end = start + len(number.group("num"))
        value = parse_number(number.group("num"))
        if c["lab"]["serum_aat"]["analyte"].search(name) and not c["lab"]["serum_aat"]["not_after"].search(
            name
        ):
            unit_match = c["lab"]["serum_aat"]["units"].fullmatch(unit_field)
            if unit_match:
                unit = re.sub(r"\s+", "", unit_match.group(1))
                out.append(
                    FieldValue("serum_aat", value, start, end, "field.serum_aat.hl7_obx", name, unit=unit)
                )
        elif c["cells"]["weight"]["header"].search(name.lower()):
            weight_unit = c["values"]["header_weight_unit"].fullmatch(unit_field.lower())
            if weight_unit:
                out.append(
                    FieldValue(
                        "weight", value, start, end, "field.weight.hl7_obx", name, unit=weight_unit.group(1)
                    )
                )
    return out


def field_values(layout: Layout) -> list[FieldValue]:
    """Every labelled-cell and lab-row value of ``layout``, in text order."""
    out: list[FieldValue] = []
    legend = tuple((words, unit) for words, unit in legend_units(layout) if unit in ("kg", "lb"))
    for line in layout.lines:
        if line.cells:
            out.extend(_cell_values(line, legend))
    out.extend(_serum_rows(layout))
    out.extend(_segment_values(layout))
    out.extend(_fev1_rows(layout))
    out.sort(key=lambda f: (f.start, f.end))
    return out
