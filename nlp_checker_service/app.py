"""The FastAPI app factory: ``create_app(settings)``. Nothing is built at import time; the Checker is built
and the worklist schema migrated in the lifespan, never in ``create_app``. Without a configured database the
worklist is not mounted and the service writes no file."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import RedirectResponse
from fastapi.routing import APIRoute

from nlp_checker import Checker, __version__
from nlp_checker_service.errors import install_error_handlers
from nlp_checker_service.logging import SERVICE_LOGGER, ChartIdHasher
from nlp_checker_service.metrics import Metrics
from nlp_checker_service.middleware import (
    AllowedMethodsMiddleware,
    BodyLimitMiddleware,
    CredentialsFirstMiddleware,
    RequestContextMiddleware,
    SecurityHeadersMiddleware,
)
from nlp_checker_service.routes import check, ehr, ops
from nlp_checker_service.settings import Settings
from nlp_checker_worklist.auth import KeyVerifier

logger = logging.getLogger(SERVICE_LOGGER)

DESCRIPTION = """Checks the documentation of a chart for alpha-1 proteinase inhibitor (J2252) infusion claims
and returns a gap report: every requirement `met`, `missing`, `conflict` or `not_applicable`, with evidence
and the query a coder sends the provider. Formats: `shared/spec/CONTRACT.md`, schema version 1.

Every `/v1` route needs an API key: `Authorization: Bearer <key>` or `X-API-Key: <key>`. The service's
keys open the check routes; `/v1/worklist` takes a worklist user's key or browser session instead."""


# --- factory ------------------------------------------------------------------------------------------


def _operation_id(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; the Checker is built once per process in the lifespan (stored on ``app.state``)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = getattr(app.state, "worklist_store", None)
        if store is not None and settings.migrate_on_start:
            # Safe with several workers (an advisory lock on PostgreSQL); off: `nlp-checker worklist migrate`.
            await anyio.to_thread.run_sync(store.migrate)
        started = time.perf_counter()
        given = app.state.checker is not None  # attach_store(checker=...) or a test's own Checker
        if not given:
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
        if not given:
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
    app.add_middleware(AllowedMethodsMiddleware)  # OPTIONS, HEAD and 405's Allow from every route of a path
    app.add_middleware(CredentialsFirstMiddleware)  # inside the body limit: no credential, no body read
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
    app.include_router(check.router)
    app.include_router(ehr.router)
    app.include_router(ops.router)
    if settings.worklist and settings.database_url:
        mount_worklist(app, settings)
    elif settings.worklist:
        logger.info("no database configured (NLP_CHECKER_DATABASE_URL): the coder worklist is not served")
    home = "/worklist" if settings.worklist and settings.database_url else "/docs"

    @app.get("/", include_in_schema=False)
    async def root() -> RedirectResponse:
        """``/`` leads to the coder worklist, or to the API docs when the worklist is not served."""
        return RedirectResponse(home, status_code=307)

    return app


def mount_worklist(app: FastAPI, settings: Settings) -> None:
    """The coder worklist: its own user auth (worklist API keys or a browser session), not the service key.

    The store is not touched here (an engine connects lazily); the lifespan migrates it."""
    from nlp_checker_service.worklist import api_router, attach_store, static_files_mount, ui_router
    from nlp_checker_worklist import Store

    store = Store(settings.database_url)
    attach_store(app, store, documents=partial(_stored_documents, store))
    app.include_router(api_router)
    app.include_router(ui_router)
    static_files_mount(app)


def _stored_documents(store: Any, organization_id: int, chart_id: str) -> dict[str, str] | None:
    from nlp_checker_worklist.usecases import document_texts

    with store.session() as session:
        return document_texts(session, organization_id, chart_id)
