"""Dependencies of the worklist routes: the store, the acting user, CSRF, and the store-error mapping.

Authentication (for the API and the web UI alike), first match wins:

1. ``Authorization: Bearer <worklist API key>`` or ``X-API-Key: <worklist API key>`` (keys of the store,
   ``nlpc_...``); a key is not an ambient credential, so no CSRF check;
2. the browser session cookie (set by the login form or ``POST /v1/worklist/session``): every unsafe request
   (POST, PUT, PATCH, DELETE) must also carry the session's CSRF token, in the ``csrf_token`` form field or
   the ``X-CSRF-Token`` header.

The headers, token formats and hashes are the service's own (``nlp_checker_service.auth``,
``nlp_checker_worklist.auth``); the CSRF token is ``HMAC-SHA256(server secret, session token)`` with the
secret from ``NLP_CHECKER_CSRF_SECRET`` or, unset, generated once per deployment and kept in the store.
Store errors become HTTP errors in ``nlp_checker_service.worklist.errors``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials

from nlp_checker_service.auth import (
    SESSION_COOKIE,
    presented_key,
    session_cookie_scheme,
    worklist_api_key_scheme,
    worklist_bearer_scheme,
)
from nlp_checker_service.deps import get_checker
from nlp_checker_service.worklist.errors import LoginRequired
from nlp_checker_worklist import Actor, AuthenticationFailed, InvalidRequest, Store, usecases
from nlp_checker_worklist.auth import csrf_token, verify_csrf

STORE_STATE = "worklist_store"
DOCUMENTS_STATE = "worklist_documents"
CSRF_SECRET_STATE = "worklist_csrf_secret"
LOGIN_CSRF_COOKIE = "nlpc_worklist_login"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UI_PREFIX = "/worklist"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# A document source gives the text of a chart's documents for the item page: (organization id, chart id)
# -> {document id: text}, or None when the chart is not available. The store keeps no note text.
DocumentSource = Callable[[int, str], Mapping[str, str] | None]

T = TypeVar("T")


# --- store -----------------------------------------------------------------------------------------------


def get_store(request: Request) -> Store:
    store: Store | None = getattr(request.app.state, STORE_STATE, None)
    if store is None:
        raise HTTPException(503, "the worklist store is not attached")
    return store


StoreDep = Annotated[Store, Depends(get_store)]


@dataclass(frozen=True)
class Principal:
    """The authenticated worklist user of a request and how they authenticated."""

    actor: Actor
    via: str  # "api_key" | "session"
    session_token: str | None = None
    csrf_secret: str | None = None

    @property
    def csrf_token(self) -> str | None:
        if not (self.session_token and self.csrf_secret):
            return None
        return csrf_token_for(self.session_token, self.csrf_secret)


class Worklist:
    """The store and the acting user of one request: ``wl.run(usecases.fn, *args)`` calls ``fn(session,
    actor, *args)`` in its own transaction (committed before the response is sent)."""

    def __init__(self, store: Store, principal: Principal) -> None:
        self.store = store
        self.principal = principal
        self.actor = principal.actor

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.store.session() as session:
            return fn(session, self.actor, *args, **kwargs)

    def session(self) -> Any:
        return self.store.session()


# --- CSRF -------------------------------------------------------------------------------------------------


def csrf_token_for(session_token: str, secret: str) -> str:
    """The CSRF token of a browser session: ``HMAC-SHA256(secret, session token)``; per session, no server
    state, and not computable without the server secret (nor by a page that cannot read the cookie)."""
    return csrf_token(secret, session_token)


def _stored_csrf_secret(store: Store) -> str:
    return store.deployment_secret("csrf")


async def get_csrf_secret(request: Request) -> str:
    """The server's CSRF key: ``attach_store(csrf_secret=...)``, else ``NLP_CHECKER_CSRF_SECRET``, else the
    deployment's generated one (kept in the store, so every worker and host agrees)."""
    secret: str | None = getattr(request.app.state, CSRF_SECRET_STATE, None)
    if secret is None:
        settings = getattr(request.app.state, "settings", None)
        configured = getattr(settings, "csrf_secret", None)
        if configured is not None:
            secret = configured.get_secret_value()
        else:
            secret = await run_in_threadpool(_stored_csrf_secret, get_store(request))
        setattr(request.app.state, CSRF_SECRET_STATE, secret)
    return secret


CsrfSecretDep = Annotated[str, Depends(get_csrf_secret)]


async def _presented_csrf(request: Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()  # Starlette caches it: the route's Form(...) parameters still work
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


async def check_csrf(request: Request, secret: str, session_token: str) -> None:
    presented = await _presented_csrf(request)
    if not verify_csrf(secret, session_token, presented):
        raise HTTPException(403, "missing or invalid CSRF token; reload the page and retry")


# --- authentication ---------------------------------------------------------------------------------------


def _authenticate_key(store: Store, key: str) -> Actor:
    with store.session() as session:
        return usecases.authenticate_api_key(session, key)


def _authenticate_session(store: Store, token: str) -> Actor:
    with store.session() as session:
        return usecases.authenticate_session(session, token)


async def current_principal(
    request: Request,
    store: StoreDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(worklist_bearer_scheme)],
    api_key: Annotated[str | None, Depends(worklist_api_key_scheme)],
    cookie: Annotated[str | None, Depends(session_cookie_scheme)],
) -> Principal:
    """The worklist user (API key, else session cookie + CSRF on unsafe methods); 401 if none."""
    key = presented_key(bearer, api_key)
    if key:
        actor = await run_in_threadpool(_authenticate_key, store, key)
        return Principal(actor=actor, via="api_key")
    if cookie:
        actor = await run_in_threadpool(_authenticate_session, store, cookie)
        secret = await get_csrf_secret(request)
        principal = Principal(actor=actor, via="session", session_token=cookie, csrf_secret=secret)
        if request.method not in SAFE_METHODS:
            await check_csrf(request, secret, cookie)
        return principal
    raise AuthenticationFailed("a worklist API key or a session is required")


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def get_worklist(store: StoreDep, principal: PrincipalDep) -> Worklist:
    return Worklist(store, principal)


WorklistDep = Annotated[Worklist, Depends(get_worklist)]


def get_document_source(request: Request) -> DocumentSource | None:
    return getattr(request.app.state, DOCUMENTS_STATE, None)  # type: ignore[no-any-return]


# --- optimistic concurrency ------------------------------------------------------------------------------


MAX_ROW_NUMBER = 2_147_483_647


def parse_if_match(value: str | None) -> int | None:
    """``If-Match: "3"`` (or ``W/"3"``, ``3``) -> 3; ``*`` or absent -> None; anything else is a 422."""
    if value is None or value.strip() == "*":
        return None
    text = value.strip().removeprefix("W/").strip('"')
    if not (text.isascii() and text.isdigit() and len(text) <= 10 and int(text) <= MAX_ROW_NUMBER):
        raise InvalidRequest('If-Match: expected an item version such as "3" (the ETag of the item)')
    return int(text)


def expected_version(body_version: int | None, if_match: str | None) -> int | None:
    header_version = parse_if_match(if_match)
    if body_version is not None and header_version is not None and body_version != header_version:
        raise InvalidRequest("expected_version and If-Match disagree")
    return body_version if body_version is not None else header_version


def etag(version: int) -> str:
    return f'"{version}"'


# --- UI principal ----------------------------------------------------------------------------------------


async def ui_principal(request: Request, store: StoreDep) -> Principal:
    """The session user of a UI page; no or an expired session redirects to the login page. Unsafe methods
    are CSRF-checked (hidden ``csrf_token`` field)."""
    token = request.cookies.get(SESSION_COOKIE)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not token:
        raise LoginRequired(target if request.method in SAFE_METHODS else UI_PREFIX + "/")
    try:
        actor = await run_in_threadpool(_authenticate_session, store, token)
    except AuthenticationFailed:
        raise LoginRequired(target if request.method in SAFE_METHODS else UI_PREFIX + "/") from None
    secret = await get_csrf_secret(request)
    if request.method not in SAFE_METHODS:
        await check_csrf(request, secret, token)
    return Principal(actor=actor, via="session", session_token=token, csrf_secret=secret)


def get_ui_worklist(store: StoreDep, principal: Annotated[Principal, Depends(ui_principal)]) -> Worklist:
    return Worklist(store, principal)


UiWorklistDep = Annotated[Worklist, Depends(get_ui_worklist)]


__all__ = [
    "CSRF_FIELD",
    "CSRF_HEADER",
    "SESSION_COOKIE",
    "CsrfSecretDep",
    "DocumentSource",
    "Principal",
    "PrincipalDep",
    "StoreDep",
    "UiWorklistDep",
    "Worklist",
    "WorklistDep",
    "get_checker",
]
