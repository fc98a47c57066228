"""Reading the worklist: filtered, ordered pages; items; report versions; the audit trail."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from nlp_checker.models import GapReport
from nlp_checker_worklist.config import WorklistConfig, default_config
from nlp_checker_worklist.errors import (
    Forbidden,
    InvalidRequest,
    NotFound,
)
from nlp_checker_worklist.models import (
    AuditEntry,
    ItemGap,
    ReportVersion,
    WorklistItem,
)
from nlp_checker_worklist.scoring import GAP_STATUSES
from nlp_checker_worklist.usecases._common import MAX_PAGE, _audit, _item, _usernames, _view, _views
from nlp_checker_worklist.views import (
    Actor,
    AuditView,
    ItemFilter,
    ItemView,
    Page,
    ReportView,
    VersionInfo,
)

logger = logging.getLogger("nlp_checker.worklist")


def _filtered(actor: Actor, filters: ItemFilter | None, config: WorklistConfig | None = None) -> Select[Any]:
    config = config or default_config()
    query = select(WorklistItem).where(WorklistItem.organization_id == actor.organization_id)
    f = filters or ItemFilter()
    if f.status:
        query = query.where(WorklistItem.status.in_(f.status))
    if f.unassigned:
        query = query.where(WorklistItem.assignee_id.is_(None))
    elif f.assignee_id is not None:
        query = query.where(WorklistItem.assignee_id == f.assignee_id)
    if f.profile:
        query = query.where(WorklistItem.profile == f.profile)
    if f.payer:
        query = query.where(WorklistItem.payer_name == f.payer)
    if f.requirement_id:
        query = query.where(
            exists().where(ItemGap.item_id == WorklistItem.id, ItemGap.requirement_id == f.requirement_id)
        )
    if f.dos_from:
        query = query.where(WorklistItem.date_of_service >= f.dos_from)
    if f.dos_to:
        query = query.where(WorklistItem.date_of_service <= f.dos_to)
    if f.search:
        pattern = "%" + f.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(WorklistItem.chart_id.ilike(pattern, escape="\\"))
    if not f.status and not f.include_hidden and config.hidden_by_default:
        query = query.where(WorklistItem.status.not_in(config.hidden_by_default))
    return query


SORT_COLUMNS = {
    "priority": WorklistItem.priority,
    "date_of_service": WorklistItem.date_of_service,
    "amount_at_stake": WorklistItem.amount_at_stake,
    "risk_score": WorklistItem.risk_score,
    "updated_at": WorklistItem.updated_at,
    "chart_id": WorklistItem.chart_id,
    "status": WorklistItem.status,
    "gap_count": WorklistItem.gap_count,
}


def _ordered(query: Select[Any], sort: str = "priority", order: str = "desc") -> Select[Any]:
    """Sorted in SQL (never by loading the organization's items): the column asked for (NULLs last either
    way), then the default priority order, then the id, so pages are stable."""
    if sort not in SORT_COLUMNS:
        raise InvalidRequest(f"sort must be one of {sorted(SORT_COLUMNS)}")
    column = SORT_COLUMNS[sort]
    first = column.desc().nulls_last() if order == "desc" else column.asc().nulls_last()
    return query.order_by(
        first,
        WorklistItem.priority.desc(),
        WorklistItem.risk_score.desc(),
        WorklistItem.date_of_service.asc().nulls_last(),
        WorklistItem.id.asc(),
    )


def list_items(
    session: Session,
    actor: Actor,
    filters: ItemFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: str = "priority",
    order: str = "desc",
    config: WorklistConfig | None = None,
) -> Page:
    """The actor's organization's items, highest priority (denial risk x amount at stake) first, or sorted
    by ``sort`` (``SORT_COLUMNS``) in ``order``; one page, sorted and cut in SQL."""
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise InvalidRequest(f"limit must be 1..{MAX_PAGE} and offset >= 0")
    query = _filtered(actor, filters, config)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = session.scalars(_ordered(query, sort, order).limit(limit).offset(offset)).all()
    return Page(
        items=_views(session, items, config or default_config()), total=total, limit=limit, offset=offset
    )


def get_item(
    session: Session, actor: Actor, item_id: int, *, config: WorklistConfig | None = None
) -> ItemView:
    """One item's row (no evidence text: not audited)."""
    return _view(session, _item(session, actor, item_id), config or default_config())


def find_item(
    session: Session, actor: Actor, chart_id: str, *, config: WorklistConfig | None = None
) -> ItemView:
    """The item of a chart id in the actor's organization."""
    item = session.scalar(
        select(WorklistItem).where(
            WorklistItem.organization_id == actor.organization_id, WorklistItem.chart_id == chart_id
        )
    )
    if item is None:
        raise NotFound("chart", chart_id)
    return _view(session, item, config or default_config())


def report_versions(session: Session, actor: Actor, item_id: int) -> list[VersionInfo]:
    """Every report version of an item, oldest first (metadata only: not audited)."""
    item = _item(session, actor, item_id)
    rows = session.scalars(
        select(ReportVersion).where(ReportVersion.item_id == item.id).order_by(ReportVersion.version)
    ).all()
    names = _usernames(session, (r.created_by_id for r in rows))
    return [
        VersionInfo(
            version=r.version,
            report_hash=r.report_hash,
            ruleset_hash=r.ruleset_hash,
            created_at=r.created_at,
            created_by=names.get(r.created_by_id) if r.created_by_id else None,
            complete=bool(r.report.get("complete")),
            gaps=[q["id"] for q in r.report.get("requirements", []) if q.get("status") in GAP_STATUSES],
        )
        for r in rows
    ]


def _report_row(session: Session, item: WorklistItem, version: int | None) -> ReportVersion:
    number = item.latest_version if version is None else version
    row = session.scalar(
        select(ReportVersion).where(ReportVersion.item_id == item.id, ReportVersion.version == number)
    )
    if row is None:
        raise NotFound("report version", number)
    return row


def get_report(session: Session, actor: Actor, item_id: int, version: int | None = None) -> ReportView:
    """The gap report (with evidence quotes from the documents) of an item; the read is audited."""
    item = _item(session, actor, item_id)
    row = _report_row(session, item, version)
    _audit(session, actor, actor.organization_id, "report_viewed", item.id, version=row.version)
    session.flush()
    return ReportView(
        item_id=item.id,
        version=row.version,
        ruleset_hash=row.ruleset_hash,
        created_at=row.created_at,
        report=GapReport.model_validate(row.report),
    )


def audit_trail(
    session: Session, actor: Actor, item_id: int | None = None, *, limit: int = 500
) -> list[AuditView]:
    """An item's audit entries (any role), or the organization's (reviewer, admin), newest last."""
    query = select(AuditEntry).where(AuditEntry.organization_id == actor.organization_id)
    if item_id is not None:
        query = query.where(AuditEntry.item_id == _item(session, actor, item_id).id)
    elif not actor.can_assign:
        raise Forbidden("the organization's audit trail is for reviewers and admins")
    rows = session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)).all()[::-1]
    names = _usernames(session, (r.user_id for r in rows))
    return [
        AuditView(
            id=r.id,
            item_id=r.item_id,
            user_id=r.user_id,
            username=names.get(r.user_id) if r.user_id else None,
            action=r.action,
            details=dict(r.details or {}),
            created_at=r.created_at,
        )
        for r in rows
    ]


def document_names(session: Session, actor: Actor, item_id: int) -> dict[str, str]:
    """{document id: "Infusion record 02/10/2026"} of the item's latest report (no note text)."""
    item = _item(session, actor, item_id)
    row = _report_row(session, item, None)
    return {k: str(v) for k, v in (row.document_names or {}).items()}
