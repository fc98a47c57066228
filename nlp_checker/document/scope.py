"""Visit scoping: which visit date an offset of a document describes."""

from __future__ import annotations

from nlp_checker.document.layout import Layout

EARLIER = "earlier"


def visit_date_at(layout: Layout, offset: int, doc_date: str | None) -> str | None:
    """Return the ISO date the text at ``offset`` belongs to.

    A copied-forward block belongs to the date it was copied from (``"earlier"`` when unstated); a row of a
    multi-visit flowsheet or a timed row to its row date; an addendum to the document's own visit;
    everything else to the document date.
    """
    for block in layout.blocks_at(offset):
        if block.kind == "copy_forward":
            return block.date or EARLIER
    line = layout.line_at(offset)
    if line.row_date and len(line.row_date) == 10:
        return line.row_date
    return doc_date


def belongs_to_service(layout: Layout, offset: int, doc_date: str | None, service_date: str | None) -> bool:
    """True when the text at ``offset`` documents the date of service."""
    visit = visit_date_at(layout, offset, doc_date)
    if service_date is None:
        return visit != EARLIER
    if visit is None:
        return True
    return visit == service_date
