"""Export of the worklist as CSV, and the document texts of a chart for the item page."""

from __future__ import annotations

import csv
import io
import logging
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_checker_worklist.claims import claim_summary
from nlp_checker_worklist.config import WorklistConfig, default_config
from nlp_checker_worklist.models import (
    ReportVersion,
    WorklistItem,
)
from nlp_checker_worklist.usecases._common import CSV_COLUMNS, MAX_PAGE, _audit, _views
from nlp_checker_worklist.usecases.reading import _filtered, _ordered
from nlp_checker_worklist.views import (
    Actor,
    ItemFilter,
)

logger = logging.getLogger("nlp_checker.worklist")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # Spreadsheet formula injection: a cell starting with = + - @ is neutralized.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(
    session: Session,
    actor: Actor,
    filters: ItemFilter | None = None,
    out: TextIO | None = None,
    *,
    config: WorklistConfig | None = None,
) -> str:
    """The filtered list (all pages, priority order) as CSV: ids, dates, statuses and scores only, no PHI.
    Writes to ``out`` when given (and returns ""), else returns the text. The export is audited."""
    text = io.StringIO()
    buffer = out if out is not None else text
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    query = _ordered(_filtered(actor, filters))
    count = 0
    offset = 0
    while True:
        items = session.scalars(query.limit(MAX_PAGE).offset(offset)).all()
        if not items:
            break
        for view in _views(session, items, config or default_config()):
            writer.writerow(
                [
                    view.id,
                    _cell(view.chart_id),
                    view.date_of_service.isoformat() if view.date_of_service else "",
                    _cell(view.profile),
                    view.status,
                    _cell(view.assignee),
                    ";".join(g.requirement_id for g in view.gaps),
                    f"{view.risk_score:g}",
                    f"{view.amount_at_stake:.2f}",
                    f"{view.priority:g}",
                    view.latest_version,
                    view.updated_at.isoformat(),
                    _cell(claim_summary(view.claim_lines)),
                    "yes" if view.a1pi_claim else "no",
                    _cell(view.override_reason),
                    _cell(view.override_by),
                    view.override_at.isoformat() if view.override_at else "",
                ]
            )
            count += 1
        offset += MAX_PAGE
    filters_used = (filters or ItemFilter()).model_dump(mode="json", exclude_defaults=True)
    _audit(session, actor, actor.organization_id, "exported", rows=count, filters=filters_used)
    session.flush()
    return "" if out is not None else text.getvalue()


def document_texts(session: Session, organization_id: int, chart_id: str) -> dict[str, str] | None:
    """The document texts stored with the latest report version of an item (for evidence highlighting).

    Called by the web layer after ``get_report`` has checked access and written the audit entry.
    """
    item = session.scalar(
        select(WorklistItem).where(
            WorklistItem.organization_id == organization_id, WorklistItem.chart_id == chart_id
        )
    )
    if item is None:
        return None
    version = session.scalar(
        select(ReportVersion)
        .where(ReportVersion.item_id == item.id, ReportVersion.documents.is_not(None))
        .order_by(ReportVersion.version.desc())
        .limit(1)
    )
    return dict(version.documents) if version is not None and version.documents else None
