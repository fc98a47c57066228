"""``POST /v1/check``, ``POST /v1/check/batch``, ``GET /v1/ruleset``: charts in the contract format."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Body, Query
from fastapi.responses import Response

from nlp_checker import __version__
from nlp_checker.errors import InputError
from nlp_checker.ingest import parse_chart
from nlp_checker.models import Chart, GapReport
from nlp_checker.report import to_markdown
from nlp_checker_service.deps import (
    AuditDep,
    CheckerDep,
    ProfileDep,
    RunnerDep,
    SettingsDep,
    enforce_limits,
    readable_chart_id,
)
from nlp_checker_service.routes import v1_router
from nlp_checker_service.schemas import (
    EXAMPLE_BATCH_RESPONSE,
    EXAMPLE_CHART,
    EXAMPLE_FHIR_BUNDLE,
    EXAMPLE_HL7V2,
    EXAMPLE_MARKDOWN,
    EXAMPLE_REPORT,
    EXAMPLE_RULESET,
    BatchChecked,
    BatchFailed,
    BatchItem,
    BatchRequest,
    BatchResponse,
    CodeInfo,
    RequirementInfo,
    RulesetResponse,
    json_example,
)

router = v1_router()

ChartBody = Annotated[
    Chart,
    Body(
        openapi_examples={
            "typical": {
                "summary": "A chart with a progress note, a lab and an infusion record",
                "value": EXAMPLE_CHART,
            }
        }
    ),
]


@router.post(
    "/check",
    response_model=GapReport,
    summary="Check one chart",
    responses={
        200: {
            "description": "The gap report (JSON, or Markdown with `?format=markdown`); example abridged.",
            "content": {
                "application/json": {"example": EXAMPLE_REPORT},
                "text/markdown": {"schema": {"type": "string"}, "example": EXAMPLE_MARKDOWN},
            },
        }
    },
)
async def check_chart(
    chart: ChartBody,
    runner: RunnerDep,
    settings: SettingsDep,
    profile: ProfileDep,
    audit: AuditDep,
    format: Annotated[Literal["json", "markdown"], Query(description="Report format.")] = "json",
) -> Any:
    """Check a chart (contract format, schema version 1) and return its gap report."""
    report = await runner.check(enforce_limits(chart, settings), profile)
    audit.record([chart], [report])
    if format == "markdown":
        return Response(to_markdown(report), media_type="text/markdown; charset=utf-8")
    # Serialized here (the contract's JSON); response_model documents it without a second validation pass.
    return Response(report.model_dump_json(), media_type="application/json")


@router.post(
    "/check/batch",
    response_model=BatchResponse,
    summary="Check several charts",
    responses=json_example(EXAMPLE_BATCH_RESPONSE, "One entry per chart, in request order (abridged)."),
)
async def check_batch(
    body: Annotated[
        BatchRequest,
        Body(
            openapi_examples={
                "two charts, one invalid": {
                    "value": {
                        "charts": [
                            EXAMPLE_CHART,
                            EXAMPLE_FHIR_BUNDLE,
                            EXAMPLE_HL7V2,
                            {"chart_id": "enc-2026-000124", "documents": [{"id": "d1", "text": 42}]},
                        ]
                    }
                }
            }
        ),
    ],
    checker: CheckerDep,
    runner: RunnerDep,
    settings: SettingsDep,
    profile: ProfileDep,
    audit: AuditDep,
) -> BatchResponse:
    """Check up to the configured number of charts; a chart that fails validation gets its own error entry."""
    if len(body.charts) > settings.max_batch_charts:
        raise InputError(f"charts: {len(body.charts)} charts; the limit is {settings.max_batch_charts}")
    results: list[BatchItem | None] = [None] * len(body.charts)
    valid: list[tuple[int, Chart]] = []
    for index, item in enumerate(body.charts):
        try:
            chart = enforce_limits(parse_chart(item), settings)
            checker.resolve_profile(chart, profile)
            valid.append((index, chart))
        except InputError as exc:
            results[index] = BatchFailed(index=index, chart_id=readable_chart_id(item), error=exc.message)
    reports = await runner.check_many([chart for _, chart in valid], profile)
    for (index, chart), report in zip(valid, reports, strict=True):
        results[index] = BatchChecked(index=index, chart_id=chart.chart_id, report=report)
    failed = len(body.charts) - len(valid)
    audit.record([chart for _, chart in valid], reports, failed=failed)
    return BatchResponse(checked=len(valid), failed=failed, results=[r for r in results if r is not None])


@router.get(
    "/ruleset",
    response_model=RulesetResponse,
    summary="The loaded ruleset",
    responses=json_example(EXAMPLE_RULESET, "The ruleset (abridged)."),
)
async def ruleset(checker: CheckerDep) -> RulesetResponse:
    """Ruleset id, version and hash, requirement ids, payer profiles and the billing code table."""
    rules = checker.ruleset
    return RulesetResponse(
        **checker.ruleset_info.model_dump(),
        hcpcs=rules.meta.ruleset.hcpcs,
        checker_version=__version__,
        requirements=[
            RequirementInfo(id=r.id, title=r.title, severity=r.severity) for r in rules.meta.requirements
        ],
        profiles={name: list(p.requirements) for name, p in sorted(rules.profiles.items())},
        codes=[CodeInfo.model_validate(c.model_dump()) for c in rules.codes.codes],
    )
