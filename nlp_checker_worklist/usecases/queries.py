"""Provider queries: drafts composed from an item's gaps, sending them, and the list of sent ones."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_checker.models import GapReport
from nlp_checker_worklist.config import WorklistConfig, default_config
from nlp_checker_worklist.errors import (
    IllegalTransition,
    InvalidRequest,
)
from nlp_checker_worklist.models import (
    ItemGap,
    ProviderQuery,
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


@lru_cache(maxsize=4)
def _titles() -> dict[str, str]:
    try:
        from nlp_checker.rules import default_bundle

        return {r.id: r.title for r in default_bundle().ruleset.meta.requirements}
    except Exception:  # titles are cosmetic: fall back to the ids
        return {}


def _quote(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def compose_queries(
    session: Session, actor: Actor, item_id: int, requirement_ids: Sequence[str] | None = None
) -> QueryDraft:
    """Draft the provider query for the item's gaps (all, or the ids given) from the latest report: each gap's
    message, evidence quotes and remediation. Reading evidence is audited as a document read."""
    item = _item(session, actor, item_id)
    _require_worker(actor, item)
    row = _report_row(session, item, None)
    report = GapReport.model_validate(row.report)
    gaps = [r for r in report.requirements if r.status in GAP_STATUSES]
    if requirement_ids is not None:
        unknown = sorted(set(requirement_ids) - {g.id for g in gaps})
        if unknown:
            raise InvalidRequest(f"not open gaps of this item: {unknown}")
        gaps = [g for g in gaps if g.id in set(requirement_ids)]
    titles = _titles()
    parts = []
    for number, gap in enumerate(gaps, start=1):
        title = titles.get(gap.id, gap.id.replace("_", " ").capitalize())
        state = "not documented" if gap.status == "missing" else "documentation conflicts with the claim"
        lines = [f"{number}. {title} ({state})", f"   Finding: {gap.message}"]
        quotes = dict.fromkeys((_quote(e.text), e.document_id) for e in gap.evidence)
        lines += [f'   Evidence: "{quote}" (document {doc})' for quote, doc in list(quotes)[:3]]
        lines.append(
            f"   Request: {gap.remediation or f'Please review the documentation of {title.lower()}.'}"
        )
        parts.append(
            QueryPart(requirement_id=gap.id, status=gap.status, severity=gap.severity, text="\n".join(lines))
        )
    dos = report.date_of_service.isoformat() if report.date_of_service else "not recorded"
    header = (
        f"Documentation query - chart {item.chart_id}, date of service {dos}, "
        f"payer profile {report.profile}\n\n"
        "While reviewing this encounter for billing of alpha-1 proteinase inhibitor "
        f"({report.hcpcs}) we could not confirm the items below. Please respond or add a dated addendum "
        "to the record; do not change the original entries."
    )
    text = header + "\n\n" + "\n\n".join(p.text for p in parts) + "\n\nThank you."
    _audit(
        session, actor, actor.organization_id, "report_viewed", item.id, version=row.version, purpose="query"
    )
    session.flush()
    return QueryDraft(
        item_id=item.id,
        report_version=row.version,
        requirement_ids=[p.requirement_id for p in parts],
        text=text,
        parts=parts,
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
    unknown = sorted(set(requirement_ids) - open_ids)
    if unknown:
        raise InvalidRequest(f"not open gaps of this item: {unknown}")
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


def list_queries(session: Session, actor: Actor, item_id: int) -> list[SentQuery]:
    """The queries sent for an item, oldest first."""
    item = _item(session, actor, item_id)
    rows = session.scalars(
        select(ProviderQuery).where(ProviderQuery.item_id == item.id).order_by(ProviderQuery.id)
    ).all()
    names = _usernames(session, (q.sent_by_id for q in rows))
    return [_sent(q, names.get(q.sent_by_id) if q.sent_by_id else None) for q in rows]
