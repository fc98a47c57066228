"""Loading gap reports into the worklist (idempotent by chart id) and rescoring items."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nlp_checker.ingest import parse_chart
from nlp_checker.models import Chart, GapReport
from nlp_checker.notes import document_names
from nlp_checker.sources import ChartSource
from nlp_checker_worklist.claims import is_a1pi_claim
from nlp_checker_worklist.config import WorklistConfig, default_config
from nlp_checker_worklist.errors import (
    InvalidRequest,
    StaleUpdate,
)
from nlp_checker_worklist.models import (
    ItemGap,
    ReportVersion,
    WorklistItem,
    utcnow,
)
from nlp_checker_worklist.scoring import GAP_STATUSES, score
from nlp_checker_worklist.usecases._common import _audit, _flush, _require_admin, _touch, report_hash
from nlp_checker_worklist.usecases.reading import _report_row
from nlp_checker_worklist.views import (
    Actor,
    LoadResult,
)

logger = logging.getLogger("nlp_checker.worklist")


def _claim_lines(chart: Chart) -> list[dict[str, Any]]:
    return [
        {"hcpcs": line.code, "units": line.units, "modifiers": sorted(line.modifier_set)}
        for line in chart.claim_lines or []
    ]


def _chart_meta(chart: Chart) -> dict[str, Any]:
    return {
        "chart_id": chart.chart_id,
        "date_of_service": chart.date_of_service.isoformat() if chart.date_of_service else None,
        "payer": chart.payer.model_dump(mode="json") if chart.payer else None,
        "prior_authorization": chart.prior_authorization,
        "claim_lines": [line.model_dump(mode="json") for line in chart.claim_lines]
        if chart.claim_lines is not None
        else None,
        "documents": [
            {"id": d.id, "type": d.type, "date": d.date.isoformat() if d.date else None}
            for d in chart.documents
        ],
    }


def load_report(
    session: Session,
    actor: Actor,
    chart: Chart | ChartSource,
    report: GapReport,
    *,
    config: WorklistConfig | None = None,
) -> LoadResult:
    """Upsert the item of ``chart`` (idempotent by chart id within the actor's organization).

    A report identical to the latest adds no version. A changed report adds a version, recomputes the gaps
    and, for an item in ``query_sent`` whose queried requirements are now met, moves it back to review.
    Scores and claim data are refreshed every time. A concurrent first load of the same chart by another
    worker raises ``StaleUpdate`` (safe to retry).
    """
    config = config or default_config()
    if isinstance(chart, ChartSource):
        chart = chart.chart
    if report.chart_id != chart.chart_id:
        raise InvalidRequest("the report is for another chart")
    digest = report_hash(report)
    lines = _claim_lines(chart)
    a1pi = is_a1pi_claim(lines)
    scores = score(report, lines, config)
    now = utcnow()
    item = session.scalar(
        select(WorklistItem).where(
            WorklistItem.organization_id == actor.organization_id, WorklistItem.chart_id == chart.chart_id
        )
    )
    fields: dict[str, Any] = {
        "date_of_service": report.date_of_service or chart.service_date,
        "profile": report.profile,
        "payer_name": chart.payer.name if chart.payer else None,
        "hcpcs": report.hcpcs,
        "claim_lines": lines,
        "billed_units": scores.billed_units,
        "amount_at_stake": scores.amount_at_stake,
        "risk_score": scores.risk,
        "priority": scores.priority,
        "a1pi_claim": a1pi,
    }
    gap_list = [r for r in report.requirements if r.status in GAP_STATUSES]
    open_ids = {r.id for r in gap_list}
    created = item is None
    reopened: list[str] = []
    previous: list[str] = []
    if item is None:
        # All columns set before the first flush: a new item is written once, at version 1.
        item = WorklistItem(
            organization_id=actor.organization_id,
            chart_id=chart.chart_id,
            status=config.initial if a1pi else config.not_a1pi_status,
            queried_requirements=[],
            latest_version=1,
            report_hash=digest,
            complete=report.complete,
            gap_count=len(gap_list),
            created_at=now,
            updated_at=now,
            **fields,
        )
        session.add(item)
        try:
            session.flush()
        except IntegrityError:
            session.rollback()
            raise StaleUpdate("the chart was loaded concurrently; retry") from None
        new_version = True
        _audit(session, actor, actor.organization_id, "item_created", item.id, chart_id=chart.chart_id)
    else:
        new_version = digest != item.report_hash
        changed_fields = [name for name, value in fields.items() if getattr(item, name) != value]
        if new_version:
            previous = [
                r
                for (r,) in session.execute(select(ItemGap.requirement_id).where(ItemGap.item_id == item.id))
            ]
            queried = set(item.queried_requirements or [])
            if item.status == config.query_status and queried:
                resolved = sorted(q for q in queried if q not in open_ids)
                if (config.reopen_when == "all" and len(resolved) == len(queried)) or (
                    config.reopen_when == "any" and resolved
                ):
                    reopened = resolved
        # One UPDATE of the item (checked against its version), then the dependent rows.
        for name in changed_fields:
            setattr(item, name, fields[name])
        if a1pi and item.status == config.not_a1pi_status:
            # The claim now bills an A1PI code: the item joins the worklist.
            _audit(
                session,
                actor,
                actor.organization_id,
                "status_changed",
                item.id,
                **{"from": item.status, "to": config.initial},
                reason="the claim bills an A1PI code",
            )
            item.status = config.initial
        if new_version:
            item.override_reason = None  # an override holds for the report it was given on
            item.override_by_id = None
            item.override_at = None
            item.latest_version += 1
            item.report_hash = digest
            item.complete = report.complete
            item.gap_count = len(gap_list)
            if reopened:
                _audit(
                    session,
                    actor,
                    actor.organization_id,
                    "status_changed",
                    item.id,
                    **{"from": item.status, "to": config.reopen_to},
                    reason="queried requirements met",
                    requirements=reopened,
                    version=item.latest_version,
                )
                item.status = config.reopen_to
        if new_version or changed_fields:
            _touch(item)
        _flush(session)
    if new_version:
        session.execute(sql_delete(ItemGap).where(ItemGap.item_id == item.id))
        session.add_all(
            ItemGap(item_id=item.id, requirement_id=r.id, status=r.status, severity=r.severity)
            for r in gap_list
        )
        session.add(
            ReportVersion(
                item_id=item.id,
                version=item.latest_version,
                report=report.model_dump(mode="json"),
                documents={d.id: d.text for d in chart.documents},
                document_names=document_names((d.id, d.type, d.date) for d in chart.documents),
                chart_meta=_chart_meta(chart),
                report_hash=digest,
                ruleset_hash=report.ruleset.hash if report.ruleset else None,
                created_at=now,
                created_by_id=actor.user_id,
            )
        )
        _audit(
            session,
            actor,
            actor.organization_id,
            "report_added",
            item.id,
            version=item.latest_version,
            gaps=sorted(open_ids),
            resolved=sorted(set(previous) - open_ids),
        )
        try:
            session.flush()
        except IntegrityError:  # another worker added the same version number first
            session.rollback()
            raise StaleUpdate("the chart was updated concurrently; retry") from None
    logger.info(
        "worklist load: item=%d created=%s new_version=%s gaps=%d",
        item.id,
        created,
        new_version,
        item.gap_count,
    )
    return LoadResult(
        item_id=item.id,
        chart_id=item.chart_id,
        created=created,
        new_version=new_version,
        report_version=item.latest_version,
        status=item.status,
        reopened=bool(reopened),
    )


def load_chart(
    session: Session,
    actor: Actor,
    chart: Chart | ChartSource | dict[str, Any],
    checker: Any,
    *,
    config: WorklistConfig | None = None,
) -> LoadResult:
    """Check ``chart`` (a contract dict, Chart or ChartSource) with a ``Checker`` and ``load_report`` it."""
    if isinstance(chart, dict):
        chart = parse_chart(chart)
    return load_report(session, actor, chart, checker.check(chart), config=config)


def rescore(session: Session, actor: Actor, *, config: WorklistConfig | None = None) -> int:
    """Admin: recompute risk, amount and priority of every item (after prices or weights changed)."""
    _require_admin(actor)
    config = config or default_config()
    count = 0
    for item in session.scalars(
        select(WorklistItem).where(WorklistItem.organization_id == actor.organization_id)
    ):
        report = GapReport.model_validate(_report_row(session, item, None).report)
        scores = score(report, item.claim_lines or [], config)
        if (item.risk_score, item.amount_at_stake, item.priority) != (
            scores.risk,
            scores.amount_at_stake,
            scores.priority,
        ):
            item.risk_score, item.amount_at_stake, item.priority = (
                scores.risk,
                scores.amount_at_stake,
                scores.priority,
            )
            item.billed_units = scores.billed_units
            count += 1
    _audit(session, actor, actor.organization_id, "rescored", items=count)
    _flush(session)
    return count
