"""Persistent coder worklist: gap reports become worklist items that coders review, query and submit.

Typical use (the HTTP layer does the same per request)::

    from nlp_checker_worklist import Store, usecases

    store = Store()  # NLP_CHECKER_DATABASE_URL, else sqlite:///./nlp-checker.sqlite3
    store.migrate()
    with store.session() as session:
        actor = usecases.authenticate_api_key(session, key)
        page = usecases.list_items(session, actor, ItemFilter(status=["new"]), limit=50)

Errors (``nlp_checker_worklist.errors``) map to HTTP: NotFound 404, Forbidden 403, AuthenticationFailed 401,
IllegalTransition / StaleUpdate / AlreadyExists 409, InvalidRequest 422.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Public name -> submodule. Resolved on first access, so that ``nlp_checker_worklist.auth`` (stdlib only,
# shared with the HTTP service) does not pull SQLAlchemy in.
_EXPORTS: dict[str, str] = {
    "usecases": "",
    "WorklistConfig": "config",
    "default_config": "config",
    "load_config": "config",
    "DATABASE_URL_ENV": "store",
    "DEFAULT_DATABASE_URL": "store",
    "Store": "store",
    "make_engine": "store",
    "migrate": "store",
    **{
        name: "errors"
        for name in (
            "AlreadyExists",
            "AuthenticationFailed",
            "Forbidden",
            "GapsOpen",
            "IllegalTransition",
            "InvalidRequest",
            "NotFound",
            "StaleUpdate",
            "TooManyAttempts",
            "WorklistError",
        )
    },
    **{
        name: "views"
        for name in (
            "Actor",
            "ApiKeyView",
            "AuditView",
            "GapView",
            "ItemFilter",
            "ItemView",
            "LoadResult",
            "Page",
            "QueryDraft",
            "QueryPart",
            "ReportView",
            "SentQuery",
            "SessionToken",
            "UserView",
            "VersionInfo",
        )
    },
}

if TYPE_CHECKING:
    from nlp_checker_worklist import usecases
    from nlp_checker_worklist.config import WorklistConfig, default_config, load_config
    from nlp_checker_worklist.errors import (
        AlreadyExists,
        AuthenticationFailed,
        Forbidden,
        GapsOpen,
        IllegalTransition,
        InvalidRequest,
        NotFound,
        StaleUpdate,
        TooManyAttempts,
        WorklistError,
    )
    from nlp_checker_worklist.store import DATABASE_URL_ENV, DEFAULT_DATABASE_URL, Store, make_engine, migrate
    from nlp_checker_worklist.views import (
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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'nlp_checker_worklist' has no attribute {name!r}")
    if module == "":
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


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
    "GapsOpen",
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
    "TooManyAttempts",
    "UserView",
    "VersionInfo",
    "WorklistConfig",
    "WorklistError",
    "default_config",
    "load_config",
    "make_engine",
    "migrate",
    "usecases",
]
