"""Dependencies of the service's routes: settings, the one Checker, the check runner, the profile, audit.

``get_checker`` is the only way a route reaches the Checker (the check routes and the worklist alike); it
reads ``app.state.checker``, built once per process in the lifespan (or given to ``attach_store``).
"""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

import anyio
from fastapi import Depends, HTTPException, Query, Request

from nlp_checker import Checker
from nlp_checker.errors import InputError
from nlp_checker.models import Chart, GapReport
from nlp_checker.sources import ChartSource
from nlp_checker_service.logging import ChartIdHasher
from nlp_checker_service.metrics import Metrics
from nlp_checker_service.settings import Settings


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


async def get_checker(request: Request) -> Checker:
    checker: Checker | None = getattr(request.app.state, "checker", None)
    if checker is None:
        raise HTTPException(503, "the pipeline is not loaded")
    return checker


SettingsDep = Annotated[Settings, Depends(get_settings)]
CheckerDep = Annotated[Checker, Depends(get_checker)]


class CheckRunner:
    """Runs the CPU-bound checks in the threadpool, off the event loop.

    At most ``check_concurrency`` checks run at once per worker; further requests wait in a FIFO queue
    (anyio's CapacityLimiter) without holding a thread. The check is GIL-bound, so running more at once
    only interleaves them: every request would finish late and the tail would grow.
    """

    def __init__(self, checker: Checker, limiter: anyio.CapacityLimiter) -> None:
        self.checker = checker
        self.limiter = limiter

    async def check(self, chart: Chart | ChartSource, profile: str | None) -> GapReport:
        call = partial(self.checker.check, chart, profile=profile)
        return await anyio.to_thread.run_sync(call, limiter=self.limiter)

    async def check_many(self, charts: list[Chart], profile: str | None) -> list[GapReport]:
        call = partial(_check_all, self.checker, charts, profile)
        return await anyio.to_thread.run_sync(call, limiter=self.limiter)


def _check_all(checker: Checker, charts: list[Chart], profile: str | None) -> list[GapReport]:
    return list(checker.check_many(charts, profile=profile))


async def get_runner(request: Request, checker: CheckerDep) -> CheckRunner:
    return CheckRunner(checker, request.app.state.check_limiter)


RunnerDep = Annotated[CheckRunner, Depends(get_runner)]


async def get_profile(
    checker: CheckerDep,
    profile: Annotated[
        str | None, Query(description="Payer profile for every chart (default: each chart's payer.profile).")
    ] = None,
) -> str | None:
    if profile is not None and profile not in checker.profiles:
        # Never the caller's string in the message (hole 5): the known profiles only.
        raise InputError(f"profile: unknown profile; expected one of {checker.profiles}")
    return profile


ProfileDep = Annotated[str | None, Depends(get_profile)]


class Audit:
    """Counts checked charts into the metrics and the request's access-log line (ids hashed)."""

    def __init__(self, request: Request) -> None:
        self.metrics: Metrics = request.app.state.metrics
        self.hash_id: ChartIdHasher = request.app.state.hash_chart_id
        self.fields: dict[str, Any] = request.state.log if hasattr(request.state, "log") else {}

    def record(self, charts: list[Chart], reports: list[GapReport], failed: int = 0) -> None:
        for report in reports:
            self.metrics.observe_report(report)
        self.fields.update(
            charts=len(charts) + failed,
            failed=failed,
            documents=sum(len(c.documents) for c in charts),
            findings=sum(len(r.findings) for r in reports),
            gaps=sum(r.status in ("missing", "conflict") for rep in reports for r in rep.requirements),
            chart_ids=[self.hash_id(c.chart_id) for c in charts],
        )


async def get_audit(request: Request) -> Audit:
    return Audit(request)


AuditDep = Annotated[Audit, Depends(get_audit)]


def enforce_limits(chart: Chart, settings: Settings) -> Chart:
    """Too many documents or a document too long is an InputError naming the field or the document."""
    if len(chart.documents) > settings.max_documents:
        raise InputError(
            f"documents: {len(chart.documents)} documents; the limit is {settings.max_documents}"
        )
    for index, document in enumerate(chart.documents):
        if len(document.text) > settings.max_document_chars:
            raise InputError(
                f"documents.{index}.text: {len(document.text):,} characters; "
                f"the limit is {settings.max_document_chars:,}"
            )
    return chart


def readable_chart_id(item: Any) -> str | None:
    chart_id = item.get("chart_id") if isinstance(item, dict) else None
    return chart_id if isinstance(chart_id, str) else None
