"""``/healthz``, ``/readyz``, ``/metrics``: no API key (bind them to a private interface or a proxy rule)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from nlp_checker_service.deps import CheckerDep
from nlp_checker_service.schemas import ErrorBody, Health, Ready, json_example

router = APIRouter(tags=["ops"])


@router.get("/healthz", response_model=Health, summary="Liveness", responses=json_example({"status": "ok"}))
async def healthz() -> Health:
    """The process answers."""
    return Health()


@router.get(
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


@router.get(
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
