"""Coder verdicts: a coder marks a finding or a requirement status of an item's report as wrong (with the
right value or status) or adds a value the checker missed (with the quoted span of a document). Verdicts are
stored per organization and audited; ``export_annotations`` writes the reviewed charts and their gold in
the ``corpus_samples`` layout, so ``nlp-checker evaluate`` gives the site's own figures, and
``site_figures`` computes the same figures for the worklist page."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nlp_checker.evaluation import Evaluation
from nlp_checker.models import GapReport
from nlp_checker_worklist.errors import InvalidRequest
from nlp_checker_worklist.models import ReportVersion, Verdict, WorklistItem, utcnow
from nlp_checker_worklist.usecases._common import _audit, _item, _usernames
from nlp_checker_worklist.usecases.reading import _report_row
from nlp_checker_worklist.views import Actor, SiteFigures, VerdictView

logger = logging.getLogger("nlp_checker.worklist")

STATUSES = ("met", "missing", "conflict", "not_applicable")
TARGETS = ("finding", "requirement", "missed")


def record_verdict(
    session: Session,
    actor: Actor,
    item_id: int,
    target: str,
    *,
    requirement_id: str | None = None,
    finding_index: int | None = None,
    status: str | None = None,
    kind: str | None = None,
    value: str | None = None,
    unit: str | None = None,
    document_id: str | None = None,
    quote: str | None = None,
) -> VerdictView:
    """Record one verdict on the latest report. ``finding``: finding ``finding_index`` is wrong (``value``
    its right value, empty: there is no such finding). ``requirement``: the right ``status``. ``missed``: a
    finding of ``kind`` with ``value`` the checker did not report, located by ``quote`` in ``document_id``.
    Audited with ids only (no value, no quote)."""
    item = _item(session, actor, item_id)
    row = _report_row(session, item, None)
    report = GapReport.model_validate(row.report)
    if target not in TARGETS:
        raise InvalidRequest(f"target must be one of {list(TARGETS)}")
    correct: dict[str, Any] = {}
    start = end = None
    if target == "requirement":
        if requirement_id not in report.statuses:
            raise InvalidRequest("unknown requirement id for this report")
        if status not in STATUSES:
            raise InvalidRequest(f"status must be one of {list(STATUSES)}")
        correct = {"status": status}
    elif target == "finding":
        if finding_index is None or not 0 <= finding_index < len(report.findings):
            raise InvalidRequest("no such finding in this report")
        finding = report.findings[finding_index]
        kind = finding.kind
        if value:
            correct = {"value": _number(value)} | ({"unit": unit} if unit else {})
    else:
        from nlp_checker.kinds import KINDS

        if kind not in KINDS:
            raise InvalidRequest("unknown finding kind")
        if not document_id or not quote or not quote.strip():
            raise InvalidRequest("select the text of the missed value in a document")
        text = (row.documents or {}).get(document_id)
        position = text.find(quote) if isinstance(text, str) else -1
        if position < 0:
            raise InvalidRequest("the selected text is not in that document")
        start, end = position, position + len(quote)
        correct = {"value": _number(value)} if value else {}
        if unit:
            correct["unit"] = unit
    verdict = Verdict(
        organization_id=actor.organization_id,
        item_id=item.id,
        report_version=row.version,
        target=target,
        requirement_id=requirement_id if target == "requirement" else None,
        kind=kind,
        finding_index=finding_index if target == "finding" else None,
        correct=correct,
        document_id=document_id if target == "missed" else None,
        start=start,
        end=end,
        user_id=actor.user_id,
        created_at=utcnow(),
    )
    session.add(verdict)
    session.flush()
    _audit(
        session,
        actor,
        actor.organization_id,
        "verdict_recorded",
        item.id,
        verdict_id=verdict.id,
        target=target,
        requirement_id=verdict.requirement_id,
        kind=kind,
        version=row.version,
    )
    session.flush()
    logger.info("worklist verdict: item=%d target=%s", item.id, target)
    return _view(verdict, actor.username)


def _number(value: str) -> Any:
    text = value.strip()
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


def _view(v: Verdict, username: str | None) -> VerdictView:
    return VerdictView(
        id=v.id,
        item_id=v.item_id,
        report_version=v.report_version,
        target=v.target,
        requirement_id=v.requirement_id,
        kind=v.kind,
        finding_index=v.finding_index,
        correct=dict(v.correct or {}),
        document_id=v.document_id,
        start=v.start,
        end=v.end,
        user=username,
        created_at=v.created_at,
    )


def list_verdicts(session: Session, actor: Actor, item_id: int) -> list[VerdictView]:
    item = _item(session, actor, item_id)
    rows = session.scalars(select(Verdict).where(Verdict.item_id == item.id).order_by(Verdict.id)).all()
    names = _usernames(session, (v.user_id for v in rows))
    return [_view(v, names.get(v.user_id) if v.user_id else None) for v in rows]


def _gold(report: GapReport, verdicts: list[Verdict]) -> dict[str, Any]:
    """The gold of a chart: the report as the coder accepted it, corrected by their verdicts."""
    requirements = dict(report.statuses)
    findings: dict[int, dict[str, Any] | None] = {
        i: f.model_dump(mode="json", exclude={"text", "start", "end", "document_id", "rule_id"})
        for i, f in enumerate(report.findings)
        if f.assertion.affirmed
    }
    extra: list[dict[str, Any]] = []
    for v in verdicts:
        if v.target == "requirement" and v.requirement_id:
            requirements[v.requirement_id] = str(
                v.correct.get("status") or requirements.get(v.requirement_id)
            )
        elif v.target == "finding" and v.finding_index is not None:
            if v.correct.get("value") is None:
                findings[v.finding_index] = None  # no such finding
            else:
                base = report.findings[v.finding_index].model_dump(
                    mode="json", exclude={"text", "start", "end", "document_id", "rule_id"}
                )
                base.update(v.correct)
                if base.get("kind") == "weight" and base.get("unit") == "kg":
                    base["value_kg"] = base["value"]
                findings[v.finding_index] = base
        elif v.target == "missed" and v.kind:
            entry = {"kind": v.kind, **v.correct}
            if v.kind == "weight" and entry.get("unit") == "kg":
                entry["value_kg"] = entry.get("value")
            extra.append(entry)
    return {
        "chart_id": report.chart_id,
        "profile": report.profile,
        "requirements": requirements,
        "findings": [f for f in findings.values() if f is not None] + extra,
        "notes": "exported from the coder worklist: the checker's report corrected by coder verdicts",
    }


def _reviewed(session: Session, actor: Actor) -> list[tuple[WorklistItem, ReportVersion, list[Verdict]]]:
    rows = session.scalars(
        select(Verdict).where(Verdict.organization_id == actor.organization_id).order_by(Verdict.id)
    ).all()
    by_item: dict[int, list[Verdict]] = {}
    for v in rows:
        by_item.setdefault(v.item_id, []).append(v)
    out = []
    for item_id, verdicts in by_item.items():
        item = _item(session, actor, item_id)
        # Verdicts count on the version they were given on (a newer report is a new review).
        version = max(v.report_version for v in verdicts)
        row = _report_row(session, item, version)
        out.append((item, row, [v for v in verdicts if v.report_version == version]))
    return out


def site_figures(session: Session, actor: Actor) -> SiteFigures | None:
    """The checker's figures on the organization's reviewed charts (None before the first verdict): what
    ``nlp-checker evaluate`` reports on the ``export_annotations`` folder."""
    reviewed = _reviewed(session, actor)
    if not reviewed:
        return None
    evaluation = Evaluation()
    for _, row, verdicts in reviewed:
        report = GapReport.model_validate(row.report)
        evaluation.add(report, _gold(report, verdicts))
    micro = evaluation.micro
    return SiteFigures(
        charts=len(reviewed),
        verdicts=sum(len(v) for _, _, v in reviewed),
        requirement_accuracy=round(evaluation.requirement_accuracy, 4),
        precision=round(micro.precision, 4),
        recall=round(micro.recall, 4),
        f1=round(micro.f1, 4),
    )


def export_annotations(session: Session, actor: Actor, folder: Path) -> int:
    """Write ``charts/<id>.json`` (the chart as checked: fields and document texts) and ``gold/<id>.json``
    (the report corrected by the verdicts) for every reviewed chart of the organization; returns the count.
    The folder holds PHI (note text): keep it where the charts may be kept. Audited."""
    reviewed = _reviewed(session, actor)
    (folder / "charts").mkdir(parents=True, exist_ok=True)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    for item, row, verdicts in reviewed:
        meta = dict(row.chart_meta or {})
        texts = dict(row.documents or {})
        documents = []
        for d in meta.get("documents") or [{"id": k, "type": "other", "date": None} for k in texts]:
            entry = {"id": d["id"], "type": d.get("type") or "other", "text": texts.get(d["id"], "")}
            if d.get("date"):
                entry["date"] = d["date"]
            documents.append(entry)
        chart: dict[str, Any] = {"chart_id": item.chart_id, "documents": documents}
        for key in ("date_of_service", "payer", "prior_authorization", "claim_lines"):
            if meta.get(key) is not None:
                chart[key] = meta[key]
        if "claim_lines" not in chart and item.claim_lines:
            chart["claim_lines"] = list(item.claim_lines)
        name = _safe_name(item.chart_id)
        (folder / "charts" / f"{name}.json").write_text(json.dumps(chart, indent=2), encoding="utf-8")
        report = GapReport.model_validate(row.report)
        (folder / "gold" / f"{name}.json").write_text(
            json.dumps(_gold(report, verdicts), indent=2), encoding="utf-8"
        )
    _audit(session, actor, actor.organization_id, "annotations_exported", charts=len(reviewed))
    session.flush()
    return len(reviewed)


def _safe_name(chart_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in chart_id).lstrip(".") or "chart"
