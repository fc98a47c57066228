"""Persistent coder worklist: gap reports become worklist items that coders review, query and submit.

Typical use (the HTTP layer does the same per request)::

    from nlp_checker.worklist import Store, service

    store = Store()  # NLP_CHECKER_DATABASE_URL, else sqlite:///./nlp-checker.sqlite3
    store.migrate()
    with store.session() as session:
        actor = service.authenticate_api_key(session, key)
        page = service.list_items(session, actor, ItemFilter(status=["new"]), limit=50)

Errors (``nlp_checker.worklist.errors``) map to HTTP: NotFound 404, Forbidden 403, AuthenticationFailed 401,
IllegalTransition / StaleUpdate / AlreadyExists 409, InvalidRequest 422.
"""

from __future__ import annotations

from nlp_checker.worklist import service
from nlp_checker.worklist.config import WorklistConfig, default_config, load_config
from nlp_checker.worklist.db import DATABASE_URL_ENV, DEFAULT_DATABASE_URL, Store, make_engine, migrate
from nlp_checker.worklist.errors import (
    AlreadyExists,
    AuthenticationFailed,
    Forbidden,
    IllegalTransition,
    InvalidRequest,
    NotFound,
    StaleUpdate,
    WorklistError,
)
from nlp_checker.worklist.views import (
    Actor,
    ApiKeyView,
    AuditView,
    GapView,
    ItemFilter,
    ItemView,
    LoadResult,
    Page,
    QueryDraft,
    QueryPart,
    ReportView,
    SentQuery,
    SessionToken,
    UserView,
    VersionInfo,
)

__all__ = [
    "DATABASE_URL_ENV",
    "DEFAULT_DATABASE_URL",
    "Actor",
    "AlreadyExists",
    "ApiKeyView",
    "AuditView",
    "AuthenticationFailed",
    "Forbidden",
    "GapView",
    "IllegalTransition",
    "InvalidRequest",
    "ItemFilter",
    "ItemView",
    "LoadResult",
    "NotFound",
    "Page",
    "QueryDraft",
    "QueryPart",
    "ReportView",
    "SentQuery",
    "SessionToken",
    "StaleUpdate",
    "Store",
    "UserView",
    "VersionInfo",
    "WorklistConfig",
    "WorklistError",
    "default_config",
    "load_config",
    "make_engine",
    "migrate",
    "service",
]
