"""Dependencies of the worklist routes: the store, the acting user, CSRF, and the store-error mapping.

Authentication (for the API and the web UI alike), first match wins:

1. ``Authorization: Bearer <worklist API key>`` or ``X-API-Key: <worklist API key>`` (keys of the store,
   ``nlpc_...``); a key is not an ambient credential, so no CSRF check;
2. the browser session cookie (set by the login form or ``POST /v1/worklist/session``): every unsafe request
   (POST, PUT, PATCH, DELETE) must also carry the session's CSRF token, in the ``csrf_token`` form field or
   the ``X-CSRF-Token`` header.

Store errors become HTTP errors in one handler (:func:`install_worklist_error_handlers`): NotFound 404,
Forbidden 403, AuthenticationFailed 401, IllegalTransition / StaleUpdate / AlreadyExists 409 (an illegal
transition's body lists the allowed next statuses), InvalidRequest 422. Other exceptions are not caught here.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.security import APIKeyCookie, APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from nlp_checker_worklist import (
    Actor,
    AlreadyExists,
    AuthenticationFailed,
    Forbidden,
    IllegalTransition,
    InvalidRequest,
    NotFound,
    StaleUpdate,
    Store,
    WorklistError,
    usecases,
)

STORE_STATE = "worklist_store"
CHECKER_STATE = "worklist_checker"
DOCUMENTS_STATE = "worklist_documents"
SESSION_COOKIE = "nlpc_worklist_session"
LOGIN_CSRF_COOKIE = "nlpc_worklist_login"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UI_PREFIX = "/worklist"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# A document source gives the text of a chart's documents for the item page: (organization id, chart id)
# -> {document id: text}, or None when the chart is not available. The store keeps no note text.
DocumentSource = Callable[[int, str], Mapping[str, str] | None]

bearer_scheme = HTTPBearer(
    auto_error=False, scheme_name="WorklistBearer", description="Authorization: Bearer <worklist API key>"
)
api_key_scheme = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    scheme_name="WorklistApiKey",
    description="X-API-Key: <worklist API key>",
)
cookie_scheme = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    scheme_name="WorklistSession",
    description="Browser session cookie; unsafe methods also need the X-CSRF-Token header",
)

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

    @property
    def csrf_token(self) -> str | None:
        return csrf_token_for(self.session_token) if self.session_token else None


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


def csrf_token_for(session_token: str) -> str:
    """The CSRF token of a browser session: derived from the (HttpOnly) session secret, so it is per session,
    needs no server state, and cannot be computed by a page that cannot read the cookie."""
    return hashlib.sha256(b"nlp-checker worklist csrf v1\0" + session_token.encode()).hexdigest()


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


async def check_csrf(request: Request, expected: str) -> None:
    presented = await _presented_csrf(request)
    if not presented or not hmac.compare_digest(presented.encode(), expected.encode()):
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
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
    cookie: Annotated[str | None, Depends(cookie_scheme)],
) -> Principal:
    """The worklist user (API key, else session cookie + CSRF on unsafe methods); 401 if none."""
    key = bearer.credentials if bearer else api_key
    if key:
        actor = await run_in_threadpool(_authenticate_key, store, key)
        return Principal(actor=actor, via="api_key")
    if cookie:
        actor = await run_in_threadpool(_authenticate_session, store, cookie)
        principal = Principal(actor=actor, via="session", session_token=cookie)
        if request.method not in SAFE_METHODS:
            await check_csrf(request, csrf_token_for(cookie))
        return principal
    raise AuthenticationFailed("a worklist API key or a session is required")


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def get_worklist(store: StoreDep, principal: PrincipalDep) -> Worklist:
    return Worklist(store, principal)


WorklistDep = Annotated[Worklist, Depends(get_worklist)]


def get_document_source(request: Request) -> DocumentSource | None:
    return getattr(request.app.state, DOCUMENTS_STATE, None)  # type: ignore[no-any-return]


def get_checker(request: Request) -> Any:
    """The Checker of ``attach_store(checker=...)``, else the service's own (``app.state.checker``)."""
    checker = getattr(request.app.state, CHECKER_STATE, None) or getattr(request.app.state, "checker", None)
    if checker is None:
        raise HTTPException(503, "the pipeline is not loaded")
    return checker


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


# --- error mapping ---------------------------------------------------------------------------------------

ERROR_STATUS: dict[type[WorklistError], tuple[int, str]] = {
    NotFound: (404, "not_found"),
    Forbidden: (403, "forbidden"),
    AuthenticationFailed: (401, "unauthorized"),
    IllegalTransition: (409, "illegal_transition"),
    StaleUpdate: (409, "stale_update"),
    AlreadyExists: (409, "already_exists"),
    InvalidRequest: (422, "invalid_request"),
}


def error_status(exc: WorklistError) -> tuple[int, str]:
    for cls in type(exc).__mro__:
        if cls in ERROR_STATUS:
            return ERROR_STATUS[cls]  # type: ignore[index]
    # A WorklistError subclass nobody mapped is a bug: let it become a 500.
    raise exc


def error_body(request: Request, exc: WorklistError) -> tuple[int, dict[str, Any]]:
    status, code = error_status(exc)
    body: dict[str, Any] = {
        "error": code,
        "message": str(exc),
        "request_id": getattr(request.state, "request_id", None),
    }
    if isinstance(exc, IllegalTransition):
        body.update(current=exc.current, requested=exc.target, allowed=exc.allowed)
    return status, body


def is_ui_request(request: Request) -> bool:
    return request.url.path == UI_PREFIX or request.url.path.startswith(UI_PREFIX + "/")


async def worklist_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WorklistError)
    if is_ui_request(request):
        from nlp_checker_service.worklist.ui import render_error  # the UI answers with pages, not JSON

        return render_error(request, exc)
    status, body = error_body(request, exc)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


class LoginRequired(Exception):
    """A UI page was requested without a valid session: redirect to the login page."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


async def login_required_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    from urllib.parse import quote

    return RedirectResponse(f"{UI_PREFIX}/login?next={quote(exc.next_url, safe='/')}", status_code=303)


def install_worklist_error_handlers(app: FastAPI) -> None:
    """Map the store's domain errors (only those) to HTTP; registered by ``attach_store``."""
    app.add_exception_handler(WorklistError, worklist_error_handler)
    app.add_exception_handler(LoginRequired, login_required_handler)


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
    if request.method not in SAFE_METHODS:
        await check_csrf(request, csrf_token_for(token))
    return Principal(actor=actor, via="session", session_token=token)


def get_ui_worklist(store: StoreDep, principal: Annotated[Principal, Depends(ui_principal)]) -> Worklist:
    return Worklist(store, principal)


UiWorklistDep = Annotated[Worklist, Depends(get_ui_worklist)]


__all__ = [
    "CSRF_FIELD",
    "CSRF_HEADER",
    "SESSION_COOKIE",
    "DocumentSource",
    "Principal",
    "PrincipalDep",
    "StoreDep",
    "UiWorklistDep",
    "Worklist",
    "WorklistDep",
]
