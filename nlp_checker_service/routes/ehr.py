"""``POST /v1/fhir/check`` and ``POST /v1/hl7v2/check``: charts read from EHR formats."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import Body, HTTPException, Query, Request
from fastapi.responses import Response

from nlp_checker.errors import InputError
from nlp_checker.ingest.fhir import fhir_outcome, read_fhir, report_to_fhir
from nlp_checker.ingest.hl7v2 import read_hl7v2
from nlp_checker.models import GapReport
from nlp_checker.report import to_markdown
from nlp_checker.sources import ChartSource
from nlp_checker_service.deps import (
    Audit,
    AuditDep,
    CheckRunner,
    ProfileDep,
    RunnerDep,
    SettingsDep,
    enforce_limits,
)
from nlp_checker_service.routes import v1_router
from nlp_checker_service.schemas import (
    EXAMPLE_FHIR_BUNDLE,
    EXAMPLE_HL7V2,
    EXAMPLE_MARKDOWN,
    EXAMPLE_REPORT,
    ErrorBody,
)

router = v1_router()

FHIR_JSON = "application/fhir+json"


async def _check_source(
    source: ChartSource, runner: CheckRunner, profile: str | None, audit: Audit, request: Request, format: str
) -> Response:
    """Check a chart read from an EHR format and answer in the format the client asked for."""
    report = await runner.check(source, profile)
    audit.record([source.chart], [report])
    return _report_response(report, request, format)


def _report_response(report: GapReport, request: Request, format: str) -> Response:
    """JSON (the contract), Markdown, or with ``Accept: application/fhir+json`` a FHIR Bundle of issues."""
    if format == "markdown":
        return Response(to_markdown(report), media_type="text/markdown; charset=utf-8")
    if FHIR_JSON in request.headers.get("accept", ""):
        return Response(json.dumps(report_to_fhir(report)), media_type=f"{FHIR_JSON}; charset=utf-8")
    return Response(report.model_dump_json(), media_type="application/json")


@router.post(
    "/fhir/check",
    response_model=GapReport,
    summary="Check a FHIR R4 Bundle",
    responses={
        200: {
            "description": "The gap report; with `Accept: application/fhir+json` a FHIR Bundle of "
            "DetectedIssue resources plus an OperationOutcome.",
            "content": {
                "application/json": {"example": EXAMPLE_REPORT},
                FHIR_JSON: {"schema": {"type": "object"}},
                "text/markdown": {"schema": {"type": "string"}, "example": EXAMPLE_MARKDOWN},
            },
        },
        422: {
            "description": "Not a readable FHIR R4 Bundle: an OperationOutcome naming the failing element "
            "(other request errors: the usual error body).",
            "content": {
                FHIR_JSON: {"schema": {"type": "object"}},
                "application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}},
            },
        },
    },
)
async def check_fhir(
    bundle: Annotated[
        dict[str, Any],
        Body(
            media_type="application/json",
            openapi_examples={"bundle": {"summary": "A collection Bundle", "value": EXAMPLE_FHIR_BUNDLE}},
        ),
    ],
    request: Request,
    runner: RunnerDep,
    settings: SettingsDep,
    profile: ProfileDep,
    audit: AuditDep,
    format: Annotated[Literal["json", "markdown"], Query(description="Report format.")] = "json",
) -> Any:
    """Read a FHIR R4 Bundle (collection, document, transaction, searchset) and check it."""
    try:
        source = read_fhir(bundle, "request", runner.checker.rules)
        enforce_limits(source.chart, settings)
    except InputError as exc:
        return Response(
            json.dumps(fhir_outcome(exc)), status_code=422, media_type=f"{FHIR_JSON}; charset=utf-8"
        )
    return await _check_source(source, runner, profile, audit, request, format)


@router.post(
    "/hl7v2/check",
    response_model=GapReport,
    summary="Check HL7 v2 messages",
    openapi_extra={
        "requestBody": {
            "required": True,
            # Any content type is read as UTF-8 text (x-application/hl7-v2+er7 too); text/plain is documented.
            "content": {"text/plain": {"schema": {"type": "string"}, "example": EXAMPLE_HL7V2}},
        }
    },
    responses={
        200: {
            "description": "The gap report (JSON; Markdown with `?format=markdown`; FHIR by Accept header).",
            "content": {
                "application/json": {"example": EXAMPLE_REPORT},
                FHIR_JSON: {"schema": {"type": "object"}},
                "text/markdown": {"schema": {"type": "string"}, "example": EXAMPLE_MARKDOWN},
            },
        },
        400: {
            "model": ErrorBody,
            "description": "A malformed message: the message names the segment and field.",
        },
    },
)
async def check_hl7v2(
    request: Request,
    runner: RunnerDep,
    settings: SettingsDep,
    profile: ProfileDep,
    audit: AuditDep,
    format: Annotated[Literal["json", "markdown"], Query(description="Report format.")] = "json",
) -> Any:
    """Read one or more HL7 v2 messages of one encounter (ORU, MDM, RAS/RXA, DFT/FT1, IN1) and check them."""
    body = await request.body()
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, f"body is not UTF-8 text (byte at offset {exc.start})") from None
    try:
        source = read_hl7v2(text, "request", runner.checker.rules)
    except InputError as exc:
        raise HTTPException(400, exc.message) from None
    enforce_limits(source.chart, settings)
    return await _check_source(source, runner, profile, audit, request, format)
