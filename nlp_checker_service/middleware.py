"""Pure ASGI middleware: request id + access log + metrics, security headers, request body limit."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nlp_checker_service.logging import SERVICE_LOGGER
from nlp_checker_service.metrics import Metrics

logger = logging.getLogger(SERVICE_LOGGER)

REQUEST_ID_HEADER = "x-request-id"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_DOCS_PATHS = ("/docs", "/redoc")
_UI_PATHS = ("/worklist",)


def _content_security_policy(path: str) -> str:
    if path.startswith(_DOCS_PATHS):
        # The docs pages load Swagger UI / ReDoc scripts, so they only get the framing rule.
        return "frame-ancestors 'none'"
    if path.startswith(_UI_PATHS):
        # The worklist pages load their own CSS and JS only; no inline script or style.
        return "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    return "default-src 'none'; frame-ancestors 'none'"


def security_headers(path: str) -> dict[str, str]:
    """Headers every response carries; API answers are never cached and never framed."""
    headers = {
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
        "content-security-policy": _content_security_policy(path),
    }
    if path.startswith("/v1/"):
        headers["cache-control"] = "no-store"
    return headers


class SecurityHeadersMiddleware:
    """Adds :func:`security_headers` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = security_headers(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in extra.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is over the limit of {limit:,} bytes")


class BodyLimitMiddleware:
    """413 for bodies over ``max_bytes``: by Content-Length before the app runs, else by counting chunks.

    A chunked body is cut off as soon as the running count passes the limit, before anything parses it.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _send_error(scope, send, 413, "body_too_large", BodyTooLarge(self.max_bytes).detail)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            # Normally the app's HTTPException handler answers; this covers bodies read elsewhere.
            if started:
                raise
            await _send_error(scope, send, 413, "body_too_large", exc.detail)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_error(scope: Scope, send: Send, status: int, code: str, message: str) -> None:
    request_id = scope.get("state", {}).get("request_id")
    body = json.dumps({"error": code, "message": message, "request_id": request_id}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    if status == 413:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestContextMiddleware:
    """Request id (X-Request-ID echoed or generated), one JSON access-log line, request metrics.

    Handlers add counts (charts, documents, gaps, hashed chart ids) to ``request.state.log``.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        fields: dict[str, Any] = {}
        state["log"] = fields
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        error: BaseException | None = None
        try:
            await self.app(scope, receive, send_with_id)
        except BaseException as exc:
            error = exc
            # 499: the client went away (nginx's convention); anything else is a server error.
            status = 499 if isinstance(exc, asyncio.CancelledError) else 500
            raise
        finally:
            seconds = time.perf_counter() - started
            route = _route_template(scope)
            self.metrics.observe_request(route, scope["method"], status, seconds)
            _access_log(request_id, scope["method"], route, status, seconds, fields, error)


def _request_id(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            text = value.decode("latin-1")
            if _VALID_REQUEST_ID.match(text):
                return text
            break
    return uuid.uuid4().hex


def _route_template(scope: Scope) -> str:
    # Route templates, never raw paths: bounded label cardinality, no identifiers in metrics or logs.
    route = scope.get("route")
    return getattr(route, "path", None) or "unmatched"


def _access_log(
    request_id: str,
    method: str,
    route: str,
    status: int,
    seconds: float,
    fields: dict[str, Any],
    error: BaseException | None,
) -> None:
    extra = {
        "request_id": request_id,
        "method": method,
        "route": route,
        "status": status,
        "duration_ms": round(seconds * 1000, 2),
        **fields,
    }
    if error is not None:
        extra["error_type"] = type(error).__name__
    level = logging.ERROR if status >= 500 else logging.INFO
    logger.log(level, "request", extra=extra)


class CredentialsFirstMiddleware:
    """Authenticate before the body is read (issue 10, hole 1): a ``/v1`` request with a body and no
    credential is a 401 before anything parses its JSON; on the service's check routes a key that matches
    no configured hash is a 403, also before the body. (Worklist keys and sessions are verified against the
    store by the routes; only their presence is checked here.) Login (``POST /v1/worklist/session``) takes
    no credential."""

    BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
    OPEN_PATHS = frozenset({"/v1/worklist/session"})

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def _refuse(self, scope: Scope, send: Send, status: int, code: str, message: str) -> None:
        """Answer before routing; the access log and metrics name the path as a template (ids as {id})."""
        from types import SimpleNamespace

        parts = ["{id}" if part.isdigit() else part for part in scope.get("path", "").split("/")]
        scope["route"] = SimpleNamespace(path="/".join(parts)[:200])
        await _send_error(scope, send, status, code, message)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope.get("method") not in self.BODY_METHODS
            or not path.startswith("/v1/")
            or path in self.OPEN_PATHS
        ):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        authorization = headers.get("authorization", "")
        key = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
        key = key or headers.get("x-api-key", "").strip()
        if path.startswith("/v1/worklist/"):
            cookie = headers.get("cookie", "")
            if not key and "nlpc_worklist_session=" not in cookie:
                await self._refuse(
                    scope, send, 401, "unauthorized", "a worklist API key or a session is required"
                )
                return
            await self.app(scope, receive, send)
            return
        if not key:
            await self._refuse(scope, send, 401, "unauthorized", "an API key is required")
            return
        app = scope.get("app")
        verifier = getattr(getattr(app, "state", None), "key_verifier", None)
        if verifier is not None and not getattr(verifier, "slow", False) and not verifier.verify(key):
            from nlp_checker_worklist.auth import API_KEY_PREFIX, SESSION_PREFIX, token_purpose

            message = (
                "a worklist credential does not open the check routes; use a service key"
                if token_purpose(key) in (API_KEY_PREFIX, SESSION_PREFIX)
                else "the API key is not valid"
            )
            await self._refuse(scope, send, 403, "forbidden", message)
            return
        await self.app(scope, receive, send)


class AllowedMethodsMiddleware:
    """One answer to "which methods does this path serve" (issue 10, hole 5): ``OPTIONS`` answers 204 with
    ``Allow`` listing every method of every route on the path (Starlette's router stops at the first route
    that matches the path, so a GET + POST path answered ``Allow: GET``); ``HEAD`` is served wherever ``GET``
    is (the GET handler runs, its body is dropped); a 405 carries the same complete ``Allow``. Mounted apps
    (static files) answer for themselves. CORS preflights never get here (the CORS middleware is outside)."""

    METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    @classmethod
    def allowed(cls, scope: Scope) -> list[str] | None:
        """The methods the app's routes serve at this path (HEAD wherever GET); None for a mounted app."""
        from starlette.routing import Match, Mount

        app = scope.get("app")
        routes = getattr(getattr(app, "router", None), "routes", None)
        if routes is None:
            return None
        found: list[str] = []
        for method in cls.METHODS:
            probe = {**scope, "method": method}
            for route in routes:
                match, _ = route.matches(probe)
                if match is Match.FULL:
                    if isinstance(route, Mount):
                        return None
                    found.append(method)
                    break
        if "GET" in found and "HEAD" not in found:
            found.insert(found.index("GET") + 1, "HEAD")
        return found

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("OPTIONS", "HEAD", *self.METHODS):
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method == "OPTIONS":
            allowed = self.allowed(scope)
            if allowed:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 204,
                        "headers": [(b"allow", ", ".join(allowed).encode())],
                    }
                )
                await send({"type": "http.response.body", "body": b""})
                return
            await self.app(scope, receive, send)
            return
        if method == "HEAD":
            allowed = self.allowed(scope)
            if allowed and "GET" in allowed:
                await self.app({**scope, "method": "GET"}, receive, _bodiless(send))
                return

        async def complete_allow(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 405:
                allowed = self.allowed(scope)
                if allowed:
                    MutableHeaders(scope=message)["allow"] = ", ".join(allowed)
            await send(message)

        await self.app(scope, receive, complete_allow)


def _bodiless(send: Send) -> Send:
    """A HEAD answer: the GET's status and headers (Content-Length included), no body."""

    async def send_headers_only(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return send_headers_only
