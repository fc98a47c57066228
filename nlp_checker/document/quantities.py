"""Generic recognizers: masses, volumes, concentrations, clock times, dates and lot-like codes.

Every candidate carries character offsets into the document. A candidate never crosses a line or a
cell boundary: recognizers run line by line and drop matches that straddle two cells. Units written
only in a column header or field label ("Dose (mg)") count. Vocabularies live in
``patterns/document/quantities.yaml``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.document.layout import Layout
from nlp_checker.document.lines import Cell, Line, _segments
from nlp_checker.document.rules import GuardedPattern, load, memo, spelled_numbers
from nlp_checker.markup import spoken_value
from nlp_checker.normalize import parse_clock_time, parse_date, parse_number


@dataclass
class Quantity:
    """One recognized value with its offsets."""

    kind: str
    value: Any
    unit: str | None
    start: int
    end: int
    text: str
    range_pos: str | None = None
    zone: str | None = None
    derived: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _cfg() -> dict[str, Any]:
    return load("quantities")


def _patterns() -> dict[str, re.Pattern[str] | GuardedPattern]:
    return memo("quantities._patterns", lambda: _guarded(_build_patterns()))


def _guarded(patterns: dict[str, re.Pattern[str]]) -> dict[str, re.Pattern[str] | GuardedPattern]:
    """Skip a line for a recognizer when it holds none of the literals every match contains: the file's
    ``required_literals`` (any one of them, any case), and a volume unit for volumes."""
    cfg = _cfg()
    literals: dict[str, list[str]] = {k: list(v) for k, v in (cfg.get("required_literals") or {}).items()}
    literals.setdefault("volume", list(cfg["volume_units"]))
    return {
        key: GuardedPattern(pattern, any_of=tuple(literals[key])) if literals.get(key) else pattern
        for key, pattern in patterns.items()
    }


def _build_patterns() -> dict[str, re.Pattern[str]]:
    cfg = _cfg()
    num = cfg["number"]
    mass_units = sorted(cfg["mass_units"], key=len, reverse=True)
    vol_units = sorted(cfg["volume_units"], key=len, reverse=True)
    spelled = spelled_numbers()
    words = [*spelled.words, *spelled.scales, spelled.decimal_point] if spelled is not None else []
    # No dictated-number table: a pattern that never matches.
    word_alt = "|".join(sorted(words, key=len, reverse=True)) or r"(?!x)x"
    flags = re.IGNORECASE
    before = cfg["number_before"]
    return {
        "mass": re.compile(rf"{before}(?P<num>{num})\s*(?P<unit>{'|'.join(mass_units)})\b", flags),
        "volume": re.compile(rf"{before}(?P<num>{num})\s*(?P<unit>{'|'.join(vol_units)})\b(?!\s*/)", flags),
        "concentration": re.compile(cfg["concentration"].replace("NUM", f"(?:{num})"), flags),
        "followers": re.compile(cfg["mass_followers"], flags),
        "header_unit": re.compile(cfg["header_unit"], flags),
        "header_volume": re.compile(cfg["header_volume_unit"], flags),
        "bare": re.compile(rf"^\s*(?P<num>{num})(?![\d/:])", flags),
        "unit_cell": re.compile("|".join(mass_units), flags),
        "words": re.compile(
            rf"\b(?P<words>(?:(?:{word_alt})[\s-]+(?:and\s+)?)*(?:{word_alt}))\s+(?P<unit>"
            rf"{'|'.join(sorted(cfg['word_mass_units'], key=len, reverse=True))})\b",
            flags,
        ),
        "t24": re.compile(cfg["time_24"], flags),
        "t12": re.compile(cfg["time_12"], flags),
        "t12s": re.compile(cfg["time_12_short"], flags),
        "th": re.compile(cfg["time_h"], flags),
        "t4": re.compile(cfg["time_4digit"], flags),
        "compact": re.compile(cfg["time_compact"], flags),
        "cue4": re.compile(cfg["time_cue_before"], flags),
        "suffix4": re.compile(cfg["time_4digit_suffix"], flags),
        "range4_after": re.compile(cfg["time_4digit_range_after"], flags),
        "range4_before": re.compile(cfg["time_4digit_range_before"], flags),
        "noon": re.compile(cfg["time_words"], flags),
        "noon_cue": re.compile(cfg["time_words_cue"], flags),
        "year4": re.compile(cfg["time_4digit_year"], flags),
        "at4": re.compile(cfg["time_4digit_at"], flags),
        "time_header": re.compile(cfg["time_header"], flags),
        "time_dotted": re.compile(cfg["time_dotted"], flags),
        "range_sep": re.compile(cfg["range_sep"], flags),
        "pair_sep": re.compile(cfg["pair_sep"], flags),
        "zone": re.compile(cfg["zone"]),
        "date": re.compile(cfg["date"], flags),
        "lot": re.compile(cfg["lot"], flags),
        "line_prefilter": re.compile(cfg["line_prefilter"], flags),
        "relative_anchor": re.compile(cfg["relative_time_anchor"], flags),
        "relative_offset": re.compile(cfg["relative_time_offset"], flags),
        "word_units": re.compile("|".join(map(re.escape, cfg["word_mass_units"])), flags),
        "legend_line": re.compile(cfg["legend_line"], flags),
        "legend_clause": re.compile(cfg["legend_clause"], flags),
    }


def _legend_columns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(legend name, covered column or label words) pairs of ``legend_columns``."""
    return memo(
        "quantities._legend_columns",
        lambda: [
            (re.compile(item["name"], re.IGNORECASE), re.compile(item["header"], re.IGNORECASE))
            for item in _cfg().get("legend_columns") or []
        ],
    )


def legend_units(layout: Layout) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The units a document's legend gives: (column or label words, unit: mg, g, kg or lb) pairs, in legend
    order."""
    pats = _patterns()
    found: list[tuple[re.Pattern[str], str]] = []
    for line in layout.lines:
        head = pats["legend_line"].match(line.text)
        if head is None:
            continue
        for clause in pats["legend_clause"].finditer(line.text[head.end() :]):
            unit = clause.group("unit").lower()
            unit = unit if unit in ("kg", "lb", "lbs") else "g" if unit.startswith("g") else "mg"
            for name, header in _legend_columns():
                if name.search(clause.group("names")):
                    found.append((header, unit.rstrip("s")))
    return tuple(found)


def words_to_number(text: str) -> int | float | None:
    """Parse dictated numbers: "four thousand three hundred" -> 4300, "four point eight" -> 4.8 (the
    pipeline's table and reader, ``nlp_checker.markup``)."""
    spelled = spelled_numbers()
    value = spoken_value(text, spelled) if spelled is not None else None
    return None if value is None else _clean(value)


def _within_cell(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(begin <= start and end <= stop for begin, stop in spans)


def _cell_for(line: Line, offset: int) -> Cell | None:
    for cell in line.cells:
        if cell.start <= offset < max(cell.end, cell.start + 1):
            return cell
    return None


def _clean(value: float) -> int | float:
    """Round away float noise from unit conversion (0.2 g -> 200)."""
    rounded = round(value, 3)
    return int(rounded) if float(rounded).is_integer() else rounded


def _mass_factor(unit: str) -> int:
    return int(_cfg()["mass_units"][unit.lower()])


def _masses(line: Line, spans: list[tuple[int, int]]) -> list[Quantity]:
    pats = _patterns()
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for match in pats["concentration"].finditer(line.text):
        start, end = line.start + match.start(), line.start + match.end()
        if not _within_cell(spans, start, end):
            continue
        mass = parse_number(match.group("num")) * _mass_factor(match.group("u1"))
        denominator = parse_number(match.group("den")) if match.group("den") else 1
        per_ml = mass / denominator / (1000 if match.group("u2").lower() == "l" else 1)
        found.append(
            Quantity(
                "concentration",
                per_ml,
                "mg/mL",
                start,
                end,
                match.group(0),
                extra={"mass": mass, "volume": denominator},
            )
        )
        taken.append((start, end))
    for match in pats["mass"].finditer(line.text):
        start, end = line.start + match.start(), line.start + match.end()
        if any(b <= start < e for b, e in taken) or not _within_cell(spans, start, end):
            continue
        follower = line.text[match.end() : match.end() + 12]
        value = _clean(parse_number(match.group("num")) * _mass_factor(match.group("unit")))
        if pats["followers"].match(follower):
            per_kg = re.match(r"\s*(?:/|per)\s*kg", follower, re.IGNORECASE)
            if per_kg:
                stop = end + len(per_kg.group(0))
                found.append(
                    Quantity(
                        "mass_per_kg",
                        value,
                        "mg/kg",
                        start,
                        stop,
                        line.text[match.start() : stop - line.start],
                    )
                )
            continue
        found.append(Quantity("mass", value, match.group("unit").lower(), start, end, match.group(0)))
    words = pats["words"].finditer(line.text) if pats["word_units"].search(line.text) else ()
    for match in words:
        number = words_to_number(match.group("words"))
        start, end = line.start + match.start(), line.start + match.end()
        if number is None or not _within_cell(spans, start, end):
            continue
        factor = int(_cfg()["word_mass_units"][match.group("unit").lower()])
        found.append(
            Quantity("mass", number * factor, "mg", start, end, match.group(0), extra={"dictated": True})
        )
    return found


def _header_unit_masses(
    line: Line, existing: list[Quantity], legend: tuple[tuple[re.Pattern[str], str], ...] = ()
) -> list[Quantity]:
    """Bare numbers at the start of a cell whose header or label carries the unit ("Dose (mg)  3,680"), or
    whose header the document's legend gives a unit ("Given ... 4 320" under "Legend: all doses in mg")."""
    pats = _patterns()
    found: list[Quantity] = []
    for cell in line.cells:
        if not cell.header or cell.placeholder:
            continue
        unit_match = pats["header_unit"].search(cell.header)
        volume_match = pats["header_volume"].search(cell.header)
        legend_unit = next(
            (unit for words, unit in legend if unit in ("mg", "g") and words.search(cell.header)), None
        )
        if not unit_match and not volume_match and legend_unit is None:
            continue
        bare = pats["bare"].match(cell.text)
        if not bare:
            continue
        start = cell.start + bare.start("num")
        end = cell.start + bare.end("num")
        if any(q.start <= start < q.end for q in existing):
            continue
        rest = cell.text[bare.end() : bare.end() + 6]
        if re.match(r"\s*(?:mg|g|ml|kg|lb|x)\b", rest, re.IGNORECASE):
            continue
        number = parse_number(bare.group("num"))
        if unit_match or (legend_unit is not None and not volume_match):
            unit = (unit_match.group(1) or unit_match.group(2)).lower() if unit_match else str(legend_unit)
            factor = 1000 if unit.startswith("g") else 1
            found.append(
                Quantity(
                    "mass",
                    _clean(number * factor),
                    unit,
                    start,
                    end,
                    bare.group("num"),
                    extra={"unit_from": "header"},
                )
            )
        else:
            found.append(
                Quantity("volume", number, "mL", start, end, bare.group("num"), extra={"unit_from": "header"})
            )
    return found


def _unit_cell_masses(line: Line, existing: list[Quantity]) -> list[Quantity]:
    """A bare number whose unit is the next cell of its row ("4360","mg" in a CSV export; a stacked row's
    "Dose" line then its "Unit" line)."""
    pats = _patterns()
    cells = line.row_cells if line.row_cells is not None else line.cells
    found: list[Quantity] = []
    for cell, following in itertools.pairwise(cells):
        if not (line.start <= cell.start <= line.end) or cell.placeholder:
            continue
        bare = pats["bare"].match(cell.text)
        unit = pats["unit_cell"].fullmatch(following.text.strip())
        if not bare or not unit or cell.text[bare.end() :].strip():
            continue
        start, end = cell.start + bare.start("num"), cell.start + bare.end("num")
        if any(q.start < end and start < q.end for q in existing):
            continue
        number = parse_number(bare.group("num"))
        name = unit.group(0).lower()
        if name in _cfg()["mass_units"]:
            value = _clean(number * _mass_factor(name))
            found.append(
                Quantity("mass", value, name, start, end, bare.group("num"), extra={"unit_from": "next_cell"})
            )
    return found


def _volumes(line: Line, spans: list[tuple[int, int]], masses: list[Quantity]) -> list[Quantity]:
    pats = _patterns()
    found: list[Quantity] = []
    for match in pats["volume"].finditer(line.text):
        start, end = line.start + match.start(), line.start + match.end()
        if any(q.start <= start < q.end for q in masses) or not _within_cell(spans, start, end):
            continue
        found.append(Quantity("volume", parse_number(match.group("num")), "mL", start, end, match.group(0)))
    return found


def _derive_masses(line: Line, volumes: list[Quantity], others: list[Quantity]) -> list[Quantity]:
    """mL becomes mg only when the same clause states the concentration and no mg is written beside it."""
    derived: list[Quantity] = []
    concentrations = [q for q in others if q.kind == "concentration"]
    masses = [q for q in others if q.kind == "mass"]
    for volume in volumes:
        clause_end = line.end
        tail = line.text[volume.end - line.start :]
        stop = re.search(r"[.;]\s|\s{3,}", tail)
        if stop:
            clause_end = volume.end + stop.start()
        near_mass = [
            m
            for m in masses
            if abs(m.start - volume.end) <= 8
            or abs(volume.start - m.end) <= 8
            or volume.end <= m.start <= clause_end
        ]
        conc = [
            c for c in concentrations if volume.end <= c.start <= clause_end and c.start - volume.end <= 6
        ]
        if conc and not near_mass:
            value = round(volume.value * conc[0].value, 3)
            derived.append(
                Quantity(
                    "mass",
                    int(value) if float(value).is_integer() else value,
                    "mg",
                    volume.start,
                    conc[0].end,
                    line.text[volume.start - line.start : conc[0].end - line.start],
                    derived=True,
                    extra={"from_volume": volume.value, "concentration": conc[0].value},
                )
            )
    return derived


def _times(
    line: Line, spans: list[tuple[int, int]], blocked: list[tuple[int, int]], wrapped_tail: str = ""
) -> list[Quantity]:
    pats = _patterns()
    found: list[Quantity] = []

    def add(match: re.Match[str], raw: str) -> None:
        start, end = line.start + match.start(), line.start + match.end()
        if any(b < end and start < e for b, e in blocked) or any(
            q.start < end and start < q.end for q in found
        ):
            return
        if not _within_cell(spans, start, end):
            return
        value = parse_clock_time(raw)
        if value is None:
            return
        zone = pats["zone"].match(line.text[match.end() :])
        found.append(
            Quantity(
                "time", value, None, start, end, match.group(0), zone=zone.group("zone") if zone else None
            )
        )

    for key in ("t12", "t12s"):
        for match in pats[key].finditer(line.text):
            add(match, f"{match.group('h')}:{match.group('m') or '00'} {match.group('ap')}m")
    for match in pats["t24"].finditer(line.text):
        add(match, f"{match.group('h')}:{match.group('m')}")
    for match in pats["noon"].finditer(line.text):
        if pats["noon_cue"].search(line.text[max(0, match.start() - 30) : match.start()]):
            add(match, "12:00" if match.group("word").lower() == "noon" else "00:00")
    for column_cell in line.cells:
        # "13.05" under a time column ("TIME (hrs)"): hours and minutes parted by a dot.
        if column_cell.header and pats["time_header"].search(column_cell.header):
            dotted = pats["time_dotted"].match(
                line.text, column_cell.start - line.start, column_cell.end - line.start
            )
            if dotted:
                add(dotted, f"{dotted.group('h')}:{dotted.group('m')}")
    for match in pats["compact"].finditer(line.text):
        add(match, f"{match.group('h')}:{match.group('m')}")
    for match in pats["th"].finditer(line.text):
        add(match, f"{match.group('h')}:{match.group('m') or match.group('m2')}")
    for match in pats["t4"].finditer(line.text):
        before = line.text[max(0, match.start() - 20) : match.start()]
        if not before.strip():
            # A time opening a wrapped line: the cue ends the line above ("Began 1005, ended" / "1036.").
            before = wrapped_tail[-20:] + " " + before
        cell = _cell_for(line, line.start + match.start())
        at_row_start = (
            line.row_time is not None
            and line.row_time == match.group(0)
            and line.text.replace("|", " ").lstrip().find(match.group(0)) <= 12
        )
        header_time = bool(cell and cell.header and pats["time_header"].search(cell.header))
        range_pair = pats["range4_after"].match(line.text[match.end() :]) or pats["range4_before"].search(
            line.text[: match.start()]
        )
        suffixed = pats["suffix4"].match(line.text[match.end() :]) is not None
        strong = at_row_start or header_time or range_pair or suffixed or pats["at4"].search(before)
        if not strong and pats["year4"].fullmatch(match.group(0)):
            continue
        if strong or pats["cue4"].search(before):
            add(match, match.group(0))
    found.sort(key=lambda q: q.start)
    for first, second in itertools.pairwise(found):
        between = line.text[first.end - line.start : second.start - line.start]
        between = re.sub(r"^\s*(?:C[DS]T|E[DS]T|M[DS]T|P[DS]T)\b", "", between)
        if pats["range_sep"].match(between) or pats["pair_sep"].match(between):
            first.range_pos = first.range_pos or "first"
            second.range_pos = "second"
    return found


def _dates(line: Line) -> list[Quantity]:
    found = []
    for match in _patterns()["date"].finditer(line.text):
        iso = parse_date(match.group(0))
        if iso:
            found.append(
                Quantity(
                    "date", iso, None, line.start + match.start(), line.start + match.end(), match.group(0)
                )
            )
    return found


def _lots(line: Line) -> list[Quantity]:
    found = []
    for match in _patterns()["lot"].finditer(line.text):
        lot = match.group("lot")
        if re.fullmatch(r"\d{1,3}", lot):
            continue
        start = line.start + match.start("lot")
        found.append(Quantity("lot", lot, None, start, start + len(lot), lot))
    return found


def _relative_times(layout: Layout) -> list[Quantity]:
    """A log that states its clock once ("Clock reference: T0 = 08:15") and then writes minutes after it
    ("T+12   INFUSION START"): each offset at a line's start is the clock time it stands for."""
    pats = _patterns()
    anchor = pats["relative_anchor"].search(layout.text)
    if anchor is None:
        return []
    base = int(anchor.group("h")) * 60 + int(anchor.group("m"))
    found: list[Quantity] = []
    offset_re = pats["relative_offset"]
    for line in layout.lines:
        match = offset_re.match(line.text)
        if match is None:
            continue
        minutes = base + int(match.group("n") or 0)
        if minutes >= 24 * 60:
            continue
        value = f"{minutes // 60:02d}:{minutes % 60:02d}"
        start, end = line.start + match.start("offset"), line.start + match.end("offset")
        written = match.group("offset")
        found.append(Quantity("time", value, None, start, end, written, extra={"relative": True}))
    return found


def recognize(layout: Layout) -> list[Quantity]:
    """Return every candidate of ``layout``'s text, sorted by offset."""
    out: list[Quantity] = _relative_times(layout)
    prefilter = _patterns()["line_prefilter"]
    legend = legend_units(layout)
    for line in layout.lines:
        if line.kind in ("blank", "rule", "table_rule") or not prefilter.search(line.text):
            continue
        spans = _segments(line)
        masses = _masses(line, spans)
        masses += _header_unit_masses(line, masses, legend)
        masses += _unit_cell_masses(line, masses)
        volumes = _volumes(line, spans, masses)
        masses += _derive_masses(line, volumes, masses)
        dates = _dates(line)
        blocked = [(q.start, q.end) for q in masses + volumes + dates]
        wrapped = line.logical_start < line.start and line.index > 0
        times = _times(line, spans, blocked, layout.lines[line.index - 1].text if wrapped else "")
        placeholder_cells = [c for c in line.cells if c.placeholder]
        items = masses + volumes + times + dates + _lots(line)
        for item in items:
            if any(c.start <= item.start < c.end for c in placeholder_cells):
                item.extra["in_placeholder"] = True
        out.extend(items)
    out.sort(key=lambda q: (q.start, q.end))
    return out
