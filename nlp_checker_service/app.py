"""The FastAPI app factory: ``create_app(settings)``; routes are a few lines over ``Checker``."""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import PlainTextResponse, Response
from fastapi.routing import APIRoute

from nlp_checker import Checker, __version__
from nlp_checker.errors import InputError
from nlp_checker.fhir import fhir_outcome, read_fhir, report_to_fhir
from nlp_checker.hl7v2 import read_hl7v2
from nlp_checker.ingest import parse_chart
from nlp_checker.models import Chart, GapReport
from nlp_checker.report import to_markdown
from nlp_checker.sources import ChartSource
from nlp_checker_service.auth import require_api_key
from nlp_checker_service.errors import install_error_handlers
from nlp_checker_service.keys import KeyVerifier
from nlp_checker_service.logging import SERVICE_LOGGER, ChartIdHasher
from nlp_checker_service.metrics import Metrics
from nlp_checker_service.middleware import BodyLimitMiddleware, RequestContextMiddleware, SecurityHeadersMiddleware
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
    ErrorBody,
    Health,
    Ready,
    RequirementInfo,
    RulesetResponse,
    json_example,
)
from nlp_checker_service.settings import Settings

logger = logging.getLogger(SERVICE_LOGGER)

DESCRIPTION = """Checks the documentation of a chart for alpha-1 proteinase inhibitor (J2252) infusion claims
and returns a gap report: every requirement `met`, `missing`, `conflict` or `not_applicable`, with evidence
and the query a coder sends the provider. Formats: `shared/spec/CONTRACT.md`, schema version 1.

Every `/v1` route needs an API key: `Authorization: Bearer <key>` or `X-API-Key: <key>`. The service's
keys open the check routes; `/v1/worklist` takes a worklist user's key or browser session instead."""


# --- dependencies -------------------------------------------------------------------------------------


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


async def get_checker(request: Request) -> Checker:
    checker: Checker | None = request.app.state.checker
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
        raise InputError(f"profile: {profile!r} is unknown; expected one of {checker.profiles}")
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
    for document in chart.documents:
        if len(document.text) > settings.max_document_chars:
            raise InputError(
                f"document {document.id!r}: text has {len(document.text):,} characters; "
                f"the limit is {settings.max_document_chars:,}"
            )
    return chart


def _readable_chart_id(item: Any) -> str | None:
    chart_id = item.get("chart_id") if isinstance(item, dict) else None
    return chart_id if isinstance(chart_id, str) else None


# --- routes -----------------------------------------------------------------------------------------

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        401: "No API key.",
        403: "The API key is not valid.",
        413: "The request body is over the size limit.",
        422: "Malformed JSON, wrong types, too many documents or a document too long (the message names it).",
        503: "The pipeline is not loaded yet.",
    }.items()
}

v1 = APIRouter(prefix="/v1", tags=["v1"], dependencies=[Depends(require_api_key)], responses=ERRORS)
ops = APIRouter(tags=["ops"])

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


@v1.post(
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


@v1.post(
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
            results[index] = BatchFailed(index=index, chart_id=_readable_chart_id(item), error=exc.message)
    reports = await runner.check_many([chart for _, chart in valid], profile)
    for (index, chart), report in zip(valid, reports, strict=True):
        results[index] = BatchChecked(index=index, chart_id=chart.chart_id, report=report)
    failed = len(body.charts) - len(valid)
    audit.record([chart for _, chart in valid], reports, failed=failed)
    return BatchResponse(checked=len(valid), failed=failed, results=[r for r in results if r is not None])


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


@v1.post(
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
        source = read_fhir(bundle, "request")
        enforce_limits(source.chart, settings)
    except InputError as exc:
        return Response(
            json.dumps(fhir_outcome(exc)), status_code=422, media_type=f"{FHIR_JSON}; charset=utf-8"
        )
    return await _check_source(source, runner, profile, audit, request, format)


@v1.post(
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
        source = read_hl7v2(text, "request")
    except InputError as exc:
        raise HTTPException(400, exc.message) from None
    enforce_limits(source.chart, settings)
    return await _check_source(source, runner, profile, audit, request, format)


@v1.get(
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


@ops.get("/healthz", response_model=Health, summary="Liveness", responses=json_example({"status": "ok"}))
async def healthz() -> Health:
    """The process answers."""
    return Health()


@ops.get(
    "/readyz",
    response_model=Ready,
    summary="Readiness",
    responses={
        **json_example(
            {"status": "ready", "ruleset": "j2252-a1pi-documentation 2026.11.1 sha256:1bbb395d..."}
        ),
        503: {"model": ErrorBody, "description": "The pipeline is not loaded yet."},
    },
)
async def readyz(checker: CheckerDep) -> Ready:
    """The pipeline is loaded and requests can be checked."""
    info = checker.ruleset_info
    return Ready(ruleset=f"{info.id} {info.version} {info.hash}")


@ops.get(
    "/metrics",
    response_class=PlainTextResponse,
    summary="Prometheus metrics",
    responses={
        200: {
            "description": "Prometheus text exposition format.",
            "content": {
                "text/plain": {
                    "example": 'nlp_checker_charts_checked_total{complete="false",profile="medicare"} 12.0\n'
                }
            },
        }
    },
)
async def metrics(request: Request) -> Response:
    """Requests and latency per route, charts checked, requirement statuses by id (exposition format)."""
    content, media_type = request.app.state.metrics.render()
    return Response(content, media_type=media_type)


# --- factory ------------------------------------------------------------------------------------------


def _operation_id(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the Checker is built once per process in the lifespan (stored on ``app.state``)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        started = time.perf_counter()
        app.state.checker = Checker(
            patterns=settings.patterns, max_document_chars=settings.max_document_chars
        )
        app.state.check_limiter = anyio.CapacityLimiter(settings.check_concurrency)
        info = app.state.checker.ruleset_info
        logger.info(
            "pipeline loaded",
            extra={
                "ruleset": f"{info.id} {info.version}",
                "ruleset_hash": info.hash,
                "load_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        if not settings.api_keys:
            logger.warning("no API keys configured (NLP_CHECKER_API_KEYS): every /v1 request is refused")
        yield
        app.state.checker = None

    app = FastAPI(
        title="nlp-checker",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    app.state.settings = settings
    app.state.checker = None
    app.state.metrics = Metrics.create()
    app.state.key_verifier = KeyVerifier.from_config(settings.api_keys)
    hash_key = (
        settings.log_hash_key.get_secret_value().encode()
        if settings.log_hash_key
        else secrets.token_bytes(32)
    )
    app.state.hash_chart_id = ChartIdHasher(hash_key)
    install_error_handlers(app)
    # add_middleware wraps: the last added is the outermost.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=[
                "Authorization",
                "X-API-Key",
                "Content-Type",
                "X-Request-ID",
                "X-CSRF-Token",
                "If-Match",
            ],
            expose_headers=["X-Request-ID"],
        )
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestContextMiddleware, metrics=app.state.metrics)
    app.include_router(v1)
    app.include_router(ops)
    if settings.worklist:
        mount_worklist(app, settings)
    return app


def mount_worklist(app: FastAPI, settings: Settings) -> None:
    """The coder worklist: its own user auth (worklist API keys or a browser session), not the service key."""
    from nlp_checker_worklist import Store
    from nlp_checker_service.worklist import api_router, attach_store, static_files_mount, ui_router

    store = Store(settings.database_url)
    attach_store(app, store, documents=partial(_stored_documents, store))
    app.include_router(api_router)
    app.include_router(ui_router)
    static_files_mount(app)


def _stored_documents(store: Any, organization_id: int, chart_id: str) -> dict[str, str] | None:
    from nlp_checker_worklist.usecases import document_texts

    with store.session() as session:
        return document_texts(session, organization_id, chart_id)
