"""The coder worklist over HTTP: the ``/v1/worklist`` JSON API and the ``/worklist`` web UI.

Mount it on an app (see README.md in this folder)::

    from nlp_checker_service.worklist import api_router, attach_store, static_files_mount, ui_router

    store = Store(url)
    store.migrate()  # or `nlp-checker worklist migrate`; create_app does it in its lifespan
    attach_store(app, store)  # the store, the worklist error mapping
    app.include_router(api_router)  # /v1/worklist/...: worklist users authenticate themselves
    app.include_router(ui_router)  # /worklist/...
    static_files_mount(app)  # /worklist/static/...
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from nlp_checker_service.worklist.api import api_router
from nlp_checker_service.worklist.deps import (
    CSRF_SECRET_STATE,
    DOCUMENTS_STATE,
    STORE_STATE,
    UI_PREFIX,
    DocumentSource,
)
from nlp_checker_service.worklist.handlers import install_worklist_error_handlers
from nlp_checker_service.worklist.ui import ui_router
from nlp_checker_worklist import Store
from nlp_checker_worklist.throttle import LoginThrottle

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_ROUTE_NAME = "worklist-static"


def attach_store(
    app: FastAPI,
    store: Store,
    *,
    checker: Any = None,
    documents: DocumentSource | None = None,
    csrf_secret: str | None = None,
) -> None:
    """Put the store on ``app.state.worklist_store`` and register the handlers that turn the store's errors
    into 401/403/404/409/422. The store is not migrated here: ``create_app``'s lifespan does it, or
    ``nlp-checker worklist migrate``, or ``store.migrate()``.

    ``checker``: the ``nlp_checker.Checker`` of ``POST /v1/worklist/charts``, stored as ``app.state.checker``
    (the one ``get_checker`` reads; by default ``create_app``'s lifespan builds it). ``csrf_secret``: the key
    of the CSRF tokens (default: the settings' ``csrf_secret``, else one kept in the store). ``documents``:
    where the item page reads document text, ``(organization id, chart id) -> {document id: text}``; the
    store keeps no note text, so without it the page shows the quoted evidence spans only.
    """
    setattr(app.state, STORE_STATE, store)
    if checker is not None:
        app.state.checker = checker
    if csrf_secret is not None:
        setattr(app.state, CSRF_SECRET_STATE, csrf_secret)
    setattr(app.state, DOCUMENTS_STATE, documents)
    # Login back-off counters belong to this app (one per worker process), not to the Python process.
    app.state.login_throttle = LoginThrottle()
    install_worklist_error_handlers(app)


def static_files_mount(app: FastAPI) -> None:
    """Serve the UI's CSS and JavaScript at ``/worklist/static``."""
    app.mount(f"{UI_PREFIX}/static", StaticFiles(directory=STATIC_DIR), name=STATIC_ROUTE_NAME)


__all__ = ["DocumentSource", "api_router", "attach_store", "static_files_mount", "ui_router"]
