"""Visit scoping: which visit date an offset of a document describes."""

from __future__ import annotations

from nlp_checker.document.layout import Layout
from nlp_checker.document.lines import written_date
from nlp_checker.document.rules import compiled, load

EARLIER = "earlier"


def visit_date_at(layout: Layout, offset: int, doc_date: str | None) -> str | None:
    """Return the ISO date the text at ``offset`` belongs to.

    A copied-forward block belongs to the date it was copied from (``"earlier"`` when unstated); a row of a
    multi-visit flowsheet or a timed row to its row date; a visit's section of a multi-visit record to its
    heading's date; an addendum to the document's own visit; everything else to the document date.
    """
    for block in layout.blocks_at(offset):
        if block.kind == "copy_forward":
            return block.date or EARLIER
    cell = layout.cell_at(offset)
    if cell is not None and cell.date:
        return cell.date
    line = layout.line_at(offset)
    if line.row_date and len(line.row_date) == 10:
        return line.row_date
    if compiled("layout", "earlier_label").match(line.text):
        return EARLIER
    # A dated row's indented detail lines ("01/13/26 0917 4500 MG Given" then "   Doc: Infusion Start
    # Time 0917 ... Lot LA287103") belong to its date, up to a blank or unindented line.
    # An indented paragraph that opens with a dated administration ("  Glassia given 02/26/2026: 3,700 mg"
    # then "    lot KGL25C061 (x3)  exp 06/30/2026" and "  Started 10:35, ended 11:50" in a discharge
    # summary written the day after) belongs to that date; a date inside a comparison in parentheses ("Dose
    # today: 4,190 mg (was 4,240 mg on 01/27)") dates the comparison only.
    if _indented(line.text):
        # The walk ends at the first unindented line, which may itself be the dated row.
        reach = int(load("layout")["dated_block_lines"])
        for above in reversed(layout.lines[max(0, line.index - reach) : line.index]):
            if not above.text.strip():
                break
            if above.row_date and len(above.row_date) == 10:
                return above.row_date
            if not _indented(above.text):
                break
            dated = [
                match
                for match in compiled("layout", "inline_visit_date").finditer(above.text)
                if not compiled("layout", "comparison_aside").search(above.text[: match.start()])
            ]
            if dated and (found := written_date(dated[-1].group("date"), doc_date)):
                return found
    for block in layout.blocks_at(offset):
        if block.kind == "visit":
            return block.date
    return doc_date


def _indented(text: str) -> bool:
    """Indented by a tab or by two spaces or more."""
    return text[:1] == "\t" or text[:2] == "  "


def belongs_to_service(layout: Layout, offset: int, doc_date: str | None, service_date: str | None) -> bool:
    """True when the text at ``offset`` documents the date of service."""
    return _in_service(visit_date_at(layout, offset, doc_date), service_date)


def _in_service(visit: str | None, service_date: str | None) -> bool:
    if service_date is None:
        return visit != EARLIER
    if visit is None:
        return True
    return visit == service_date


def scoped(
    layout: Layout, offset: int, doc_date: str | None, service_date: str | None, clause_dated: bool = True
) -> tuple[str | None, bool, bool]:
    """The visit the value at ``offset`` belongs to, whether that is the date of service, and whether its own
    clause dated it (``clause_dated``: look for such a date at all)."""
    inline = inline_visit_date(layout, offset, doc_date) if clause_dated else None
    if inline and service_date:
        return inline, inline == service_date, True
    visit = visit_date_at(layout, offset, doc_date)
    return inline or visit, _in_service(visit, service_date), bool(inline)


def inline_visit_date(layout: Layout, offset: int, doc_date: str | None) -> str | None:
    """The date a prose clause gives the value at ``offset`` ("Last infusion 03/10/2026: 4,600 mg,
    09:05-09:38", "on 03/10 he received 4,600 mg"): a visit cue and a date before it in its clause. Table
    rows are dated by their row date instead."""
    line = layout.line_at(offset)
    # A date-time stamp ("Last given 01/20/2026 14:06"): the time belongs to the date written right before it.
    cell = layout.cell_at(offset) if line.kind in ("table_row", "table_header") else None
    window_start = max(line.start, offset - 16, cell.start if cell else 0)
    stamp = compiled("layout", "stamped_date").search(layout.text[window_start:offset])
    if stamp:
        return written_date(stamp.group("date"), doc_date)
    if line.kind in ("table_row", "table_header"):
        return None
    before = layout.text[line.start : offset]
    boundaries = list(compiled("layout", "clause_end").finditer(before))
    if boundaries:
        before = before[boundaries[-1].end() :]
    found = list(compiled("layout", "inline_visit_date").finditer(before))
    if found:
        return written_date(found[-1].group("date"), doc_date)
    return _trailing_visit_date(layout, offset, doc_date)


def _trailing_visit_date(layout: Layout, offset: int, doc_date: str | None) -> str | None:
    """A date that closes the value's clause ("4,500 MG IV ... infused 1510-1547 on 01/21/2026 via R forearm
    PIV;" in a discharge summary written the next day), when nothing between refers to another visit."""
    after = layout.text[offset : offset + int(load("layout")["trailing_visit_date_chars"])]
    end = compiled("layout", "clause_end").search(after)
    after = after[: end.start()] if end else after
    found = compiled("layout", "trailing_visit_date").search(after)
    if not found or compiled("layout", "trailing_visit_date_not").search(after[: found.start()]):
        return None
    return written_date(found.group("date"), doc_date)


def stated_visit_date(text: str, doc_date: str | None) -> str | None:
    """The visit a document states in its heading ("Service date 10/07/2025, entered 10/08/2025", a late
    entry): its values belong to that date, not to the day the document was written."""
    head = text[: int(load("layout")["stated_visit_date_chars"])]
    found = compiled("layout", "stated_visit_date").search(head)
    if not found:
        return doc_date
    written = found.group("date") or found.group("date2") or found.group("date3")
    return written_date(written, doc_date) or doc_date
