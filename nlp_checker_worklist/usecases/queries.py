"""Provider queries: drafts composed from an item's gaps, sending them, and the list of sent ones."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_checker.models import GapReport
from nlp_checker_worklist import querytext
from nlp_checker_worklist.config import WorklistConfig, default_config
from nlp_checker_worklist.errors import (
    IllegalTransition,
    InvalidRequest,
)
from nlp_checker_worklist.models import (
    ItemGap,
    ProviderQuery,
    ReportVersion,
    utcnow,
)
from nlp_checker_worklist.scoring import GAP_STATUSES
from nlp_checker_worklist.usecases._common import (
    _audit,
    _check_version,
    _flush,
    _item,
    _require_worker,
    _touch,
    _usernames,
)
from nlp_checker_worklist.usecases.reading import _report_row
from nlp_checker_worklist.views import (
    Actor,
    QueryDraft,
    QueryPart,
    SentQuery,
)

logger = logging.getLogger("nlp_checker.worklist")


def document_names_of(row: ReportVersion) -> dict[str, str]:
    """The report version's document display names ("Infusion record 02/10/2026"); ids for old versions."""
    return {k: str(v) for k, v in (row.document_names or {}).items()}


def compose_queries(
    session: Session,
    actor: Actor,
    item_id: int,
    requirement_ids: Sequence[str] | None = None,
    *,
    audit: bool = True,
    config: WorklistConfig | None = None,
) -> QueryDraft:
    """Draft the provider query for the item's gaps (all, or the ids given) from the latest report and the
    templates of ``patterns/queries/templates.yaml``: each part quotes the gap's evidence (cited by document
    name) and asks a non-leading question. Gaps a provider cannot answer (units, code, prior authorization)
    are returned as ``coder_actions``. A chart that is not an A1PI claim gets no query. Reading evidence is
    audited as a document read, unless the caller already audited this view (``audit=False``)."""
    config = config or default_config()
    item = _item(session, actor, item_id)
    _require_worker(actor, item)
    if not item.a1pi_claim:
        raise InvalidRequest("this chart is not an A1PI claim (no A1PI code billed): no provider query")
    row = _report_row(session, item, None)
    report = GapReport.model_validate(row.report)
    gaps = [r for r in report.requirements if r.status in GAP_STATUSES]
    if requirement_ids is not None:
        if set(requirement_ids) - {g.id for g in gaps}:
            raise InvalidRequest(
                f"requirement_ids: not all open gaps of this item; open: {sorted(g.id for g in gaps)}"
            )
        gaps = [g for g in gaps if g.id in set(requirement_ids)]
    names = document_names_of(row)
    parts: list[QueryPart] = []
    actions: list[QueryPart] = []
    for gap in gaps:
        text = querytext.part_text(len(parts) + 1, gap, report, names)
        if text is not None:
            parts.append(
                QueryPart(requirement_id=gap.id, status=gap.status, severity=gap.severity, text=text)
            )
            continue
        action = querytext.coder_action(gap.id)
        if action:
            actions.append(
                QueryPart(requirement_id=gap.id, status=gap.status, severity=gap.severity, text=action)
            )
    templates = querytext.load_templates()
    text = ""
    if parts:
        text = (
            querytext.header_text(item.chart_id, report, templates)
            + "\n\n"
            + "\n\n".join(p.text for p in parts)
            + "\n\n"
            + templates.footer
        )
    if audit:
        _audit(
            session,
            actor,
            actor.organization_id,
            "report_viewed",
            item.id,
            version=row.version,
            purpose="query",
        )
        session.flush()
    return QueryDraft(
        item_id=item.id,
        report_version=row.version,
        requirement_ids=[p.requirement_id for p in parts],
        text=text,
        parts=parts,
        coder_actions=actions,
    )


def send_query(
    session: Session,
    actor: Actor,
    item_id: int,
    text: str,
    requirement_ids: Sequence[str],
    *,
    recipient: str | None = None,
    expected_version: int | None = None,
    config: WorklistConfig | None = None,
) -> SentQuery:
    """Record a (possibly edited) provider query for open gaps and move the item to ``query_sent``; the
    queried requirement ids are remembered so that a re-check that finds them met reopens the item."""
    config = config or default_config()
    item = _item(session, actor, item_id)
    _check_version(item, expected_version)
    _require_worker(actor, item)
    if not text.strip():
        raise InvalidRequest("the query text is empty")
    if not requirement_ids:
        raise InvalidRequest("name the requirement ids the query asks about")
    open_ids = {
        r for (r,) in session.execute(select(ItemGap.requirement_id).where(ItemGap.item_id == item.id))
    }
    if set(requirement_ids) - open_ids:
        raise InvalidRequest(f"requirement_ids: not all open gaps of this item; open: {sorted(open_ids)}")
    if item.status != config.query_status:
        allowed = config.allowed(item.status)
        if config.query_status not in allowed:
            raise IllegalTransition(item.status, config.query_status, allowed)
        _audit(
            session,
            actor,
            actor.organization_id,
            "status_changed",
            item.id,
            **{"from": item.status, "to": config.query_status},
        )
        item.status = config.query_status
        queried = sorted(set(requirement_ids))
    else:  # a follow-up query adds to the open ones
        queried = sorted(set(item.queried_requirements or []) | set(requirement_ids))
    item.queried_requirements = queried
    query = ProviderQuery(
        item_id=item.id,
        requirement_ids=sorted(set(requirement_ids)),
        text=text,
        recipient=recipient,
        report_version=item.latest_version,
        sent_by_id=actor.user_id,
        sent_at=utcnow(),
    )
    session.add(query)
    _touch(item)
    _flush(session)
    _audit(
        session,
        actor,
        actor.organization_id,
        "query_sent",
        item.id,
        query_id=query.id,
        requirement_ids=query.requirement_ids,
        report_version=query.report_version,
    )
    session.flush()
    return _sent(query, actor.username)


def _sent(query: ProviderQuery, username: str | None) -> SentQuery:
    return SentQuery(
        id=query.id,
        item_id=query.item_id,
        requirement_ids=list(query.requirement_ids),
        text=query.text,
        recipient=query.recipient,
        report_version=query.report_version,
        sent_by=username,
        sent_at=query.sent_at,
    )


def list_queries(session: Session, actor: Actor, item_id: int, *, audit: bool = True) -> list[SentQuery]:
    """The queries sent for an item, oldest first. They quote the notes: the read is audited (unless the
    caller audited this view already, ``audit=False``)."""
    item = _item(session, actor, item_id)
    if audit:
        _audit(session, actor, actor.organization_id, "queries_viewed", item.id)
        session.flush()
    rows = session.scalars(
        select(ProviderQuery).where(ProviderQuery.item_id == item.id).order_by(ProviderQuery.id)
    ).all()
    names = _usernames(session, (q.sent_by_id for q in rows))
    return [_sent(q, names.get(q.sent_by_id) if q.sent_by_id else None) for q in rows]
